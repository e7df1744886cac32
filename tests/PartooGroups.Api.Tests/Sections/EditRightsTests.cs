using PartooGroups.Api.Auth;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Tests.Sections;

public sealed class EditRightsTests
{
    private static readonly Editor GroupManager = new(Roles.GroupManager, new HashSet<string> { "a", "b" });

    private static GroupState Group(int id, bool hasPuller = false, params string[] businessIds) => new(id, $"G{id}", hasPuller, businessIds);

    private static SectionState Section(bool hasPuller = false, params GroupState[] groups) => new(1, 1, "S", hasPuller, groups);

    [Theory]
    [InlineData(Roles.Provider, true)]
    [InlineData(Roles.OrgAdmin, true)]
    [InlineData(Roles.OrgManager, true)]
    [InlineData(Roles.GroupManager, true)]
    [InlineData(Roles.BusinessManager, false)]
    [InlineData(Roles.Publisher, false)]
    public void MayWrite_ByRole_AllowsOnlyGroupManagersAndAbove(string role, bool expected)
    {
        Assert.Equal(expected, EditRights.MayWrite(role));
    }

    [Theory]
    [InlineData(Roles.Provider, true)]
    [InlineData(Roles.OrgAdmin, true)]
    [InlineData(Roles.OrgManager, true)]
    [InlineData(Roles.BusinessManager, false)]
    [InlineData(Roles.Publisher, false)]
    public void MayEditGroup_ForOtherRoles_DependsOnRoleOnlyNotOnBusinesses(string role, bool expected)
    {
        // Arrange
        var editor = new Editor(role, new HashSet<string>());
        var group = Group(1, false, "x", "y");

        // Act
        var allowed = EditRights.MayEditGroup(editor, Section(false, group), group);

        // Assert
        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void MayEditGroup_GroupManagerWithEveryBusinessInScope_IsAllowed()
    {
        var group = Group(1, false, "a", "b");

        Assert.True(EditRights.MayEditGroup(GroupManager, Section(false, group), group));
    }

    [Fact]
    public void MayEditGroup_GroupManagerWithOneBusinessOutOfScope_IsDenied()
    {
        var group = Group(1, false, "a", "z");

        Assert.False(EditRights.MayEditGroup(GroupManager, Section(false, group), group));
    }

    [Fact]
    public void MayEditGroup_GroupManagerOnEmptyGroup_IsAllowed()
    {
        var group = Group(1);

        Assert.True(EditRights.MayEditGroup(GroupManager, Section(false, group), group));
    }

    [Fact]
    public void MayEditGroup_GroupManagerWithNoScope_MayEditOnlyEmptyGroups()
    {
        // Arrange
        var editor = new Editor(Roles.GroupManager, new HashSet<string>());
        var empty = Group(1);
        var full = Group(2, false, "a");
        var section = Section(false, empty, full);

        // Act / Assert
        Assert.True(EditRights.MayEditGroup(editor, section, empty));
        Assert.False(EditRights.MayEditGroup(editor, section, full));
    }

    [Fact]
    public void MayEditGroup_PullerGroup_IsDeniedEvenToOrgAdmin()
    {
        var group = Group(1, hasPuller: true);

        Assert.False(EditRights.MayEditGroup(new Editor(Roles.OrgAdmin, new HashSet<string>()), Section(false, group), group));
    }

    [Fact]
    public void MayEditGroup_GroupOfPullerSection_IsDeniedEvenToProvider()
    {
        var group = Group(1);

        Assert.False(EditRights.MayEditGroup(new Editor(Roles.Provider, new HashSet<string>()), Section(true, group), group));
    }

    [Fact]
    public void MayEditSection_GroupManagerWhoMayEditEveryGroup_IsAllowed()
    {
        Assert.True(EditRights.MayEditSection(GroupManager, Section(false, Group(1, false, "a"), Group(2, false, "b"), Group(3))));
    }

    [Fact]
    public void MayEditSection_GroupManagerDeniedOneGroup_IsDenied()
    {
        Assert.False(EditRights.MayEditSection(GroupManager, Section(false, Group(1, false, "a"), Group(2, false, "z"))));
    }

    [Fact]
    public void MayEditSection_GroupManagerOnEmptySection_IsAllowed()
    {
        Assert.True(EditRights.MayEditSection(GroupManager, Section()));
    }

    [Fact]
    public void MayEditSection_PullerSection_IsDeniedToEveryRole()
    {
        Assert.All(Roles.All, role => Assert.False(EditRights.MayEditSection(new Editor(role, new HashSet<string>()), Section(hasPuller: true))));
    }

    [Fact]
    public void MayEditSection_OrgAdminOnSectionWithPullerGroup_IsAllowedToRename()
    {
        Assert.True(EditRights.MayEditSection(new Editor(Roles.OrgAdmin, new HashSet<string>()), Section(false, Group(1, hasPuller: true))));
    }

    [Fact]
    public void MayDeleteSection_SectionWithPullerGroup_IsDeniedEvenToOrgAdmin()
    {
        Assert.False(EditRights.MayDeleteSection(new Editor(Roles.OrgAdmin, new HashSet<string>()), Section(false, Group(1), Group(2, hasPuller: true))));
    }

    [Fact]
    public void MayDeleteSection_GroupManagerWhoMayEditEveryGroup_IsAllowed()
    {
        Assert.True(EditRights.MayDeleteSection(GroupManager, Section(false, Group(1, false, "a"))));
    }

    [Fact]
    public void CanEdit_GroupManagerWhoMayEditOnlyOneGroup_IsTrue()
    {
        Assert.True(EditRights.CanEdit(GroupManager, Section(false, Group(1, false, "z"), Group(2, false, "a"))));
    }

    [Fact]
    public void CanEdit_GroupManagerWhoMayEditNoGroup_IsFalse()
    {
        Assert.False(EditRights.CanEdit(GroupManager, Section(false, Group(1, false, "z"), Group(2, false, "a", "y"))));
    }

    [Theory]
    [InlineData(Roles.Provider, true)]
    [InlineData(Roles.OrgAdmin, true)]
    [InlineData(Roles.OrgManager, true)]
    [InlineData(Roles.BusinessManager, false)]
    [InlineData(Roles.Publisher, false)]
    public void CanEdit_ForOtherRoles_IsWhetherTheyWrite(string role, bool expected)
    {
        Assert.Equal(expected, EditRights.CanEdit(new Editor(role, new HashSet<string>()), Section(false, Group(1, false, "z"))));
    }

    [Fact]
    public void CanEdit_PullerSection_IsFalseForEveryRole()
    {
        Assert.All(Roles.All, role => Assert.False(EditRights.CanEdit(new Editor(role, new HashSet<string> { "a" }), Section(true, Group(1), Group(2, false, "a")))));
    }

    [Fact]
    public void NotAssignable_ReturnsTheIdsOutsideWhatTheCallerSees()
    {
        Assert.Equal(["z", "y"], EditRights.NotAssignable(GroupManager, ["a", "z", "b", "y"]));
    }
}
