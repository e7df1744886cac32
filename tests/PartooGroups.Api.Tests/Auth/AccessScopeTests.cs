using PartooGroups.Api.Auth;

namespace PartooGroups.Api.Tests.Auth;

/// <summary>The GROUP_MANAGER rule: OR inside a section, AND across sections, accesses unioned, nothing from nothing.</summary>
public sealed class AccessScopeTests
{
    // Section 1 (Country): France {paris, lyon}, Italy {rome}. Section 2 (Category): Bakery {paris, rome}, Florist {lyon}.
    // Section 3: Empty {}.
    private static readonly AccessGroup France = new(GroupId: 1, SectionId: 1);
    private static readonly AccessGroup Italy = new(GroupId: 2, SectionId: 1);
    private static readonly AccessGroup Bakery = new(GroupId: 3, SectionId: 2);
    private static readonly AccessGroup Florist = new(GroupId: 4, SectionId: 2);
    private static readonly AccessGroup Empty = new(GroupId: 5, SectionId: 3);

    private static readonly Dictionary<int, string[]> Members = new()
    {
        [France.GroupId] = ["paris", "lyon"],
        [Italy.GroupId] = ["rome"],
        [Bakery.GroupId] = ["paris", "rome"],
        [Florist.GroupId] = ["lyon"],
        [Empty.GroupId] = [],
    };

    [Fact]
    public void Evaluate_GroupsOfOneSection_GivesBusinessesInAnyOfThem()
    {
        var scope = Evaluate([[France, Italy]]);

        Assert.Equal(["lyon", "paris", "rome"], scope);
    }

    [Fact]
    public void Evaluate_GroupsOfTwoSections_GivesBusinessesInBoth()
    {
        var scope = Evaluate([[France, Bakery]]);

        Assert.Equal(["paris"], scope);
    }

    [Fact]
    public void Evaluate_SeveralGroupsInEachOfTwoSections_ComposesOrInsideAndAcross()
    {
        var scope = Evaluate([[France, Italy, Florist]]);

        Assert.Equal(["lyon"], scope);
    }

    [Fact]
    public void Evaluate_TwoAccesses_GivesTheUnionOfTheirScopes()
    {
        var scope = Evaluate([[France, Bakery], [Italy]]);

        Assert.Equal(["paris", "rome"], scope);
    }

    [Fact]
    public void Evaluate_OneEmptyAccess_GivesNothing()
    {
        var scope = Evaluate([[]]);

        Assert.Empty(scope);
    }

    [Fact]
    public void Evaluate_EmptyAccessBesideAnother_AddsNothingToIt()
    {
        var scope = Evaluate([[], [Florist]]);

        Assert.Equal(["lyon"], scope);
    }

    [Fact]
    public void Evaluate_NoAccesses_GivesNothing()
    {
        var scope = Evaluate([]);

        Assert.Empty(scope);
    }

    [Fact]
    public void Evaluate_GroupWithNoMembersAlone_GivesNothing()
    {
        var scope = Evaluate([[Empty]]);

        Assert.Empty(scope);
    }

    [Fact]
    public void Evaluate_GroupWithNoMembersInAnotherSection_EmptiesTheAccess()
    {
        var scope = Evaluate([[France, Empty]]);

        Assert.Empty(scope);
    }

    [Fact]
    public void Evaluate_GroupWithNoMembersInTheSameSection_ChangesNothing()
    {
        var scope = Evaluate([[Florist, new AccessGroup(Empty.GroupId, Florist.SectionId)]]);

        Assert.Equal(["lyon"], scope);
    }

    private static IEnumerable<string> MembersOf(int groupId) => Members[groupId];

    private static string[] Evaluate(AccessGroup[][] accesses) =>
        [.. AccessScope.Evaluate(accesses, MembersOf).Order(StringComparer.Ordinal)];
}
