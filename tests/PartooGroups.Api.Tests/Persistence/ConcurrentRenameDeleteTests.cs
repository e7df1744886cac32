using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;
using PartooGroups.Api.Tests.Sections;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// Creates, renames, updates and deletes sent all at once over real sockets, fighting over the same names (in several
/// case and Unicode forms) and the same groups and sections: each gets one of its allowed answers, and the file keeps
/// its rules (<see cref="StoredInvariants"/>). The same-name creates alone are in <see cref="ConcurrentCreateGroupTests"/>.
/// </summary>
public sealed class ConcurrentRenameDeleteTests(KestrelSandboxFactory sandbox) : IClassFixture<KestrelSandboxFactory>
{
    private const int Clients = 8;
    private const string Ok = "200";
    private const string NotFound = "404";
    private const string NameTaken = "400 name name_already_exists";

    [Fact]
    public async Task GroupWrites_OnSameNamesAndGroupsAtOnce_KeepNamesUniqueAndMembershipsInTheOrganization()
    {
        // Arrange: a section of its own with 8 groups, and 3 names every write fights over
        var section = await SectionApi.CreateSectionAsync(sandbox);
        var groups = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            groups.Add(await SectionApi.CreateGroupAsync(sandbox, section, Business(i), Business(i + 1)));
        }

        var names = ContestedNames();
        var admins = Enumerable.Range(0, Clients).Select(_ => sandbox.CreateClient(DemoData.OrgAdminKey)).ToList();
        var provider = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var writes = Enumerable.Range(0, 96).Select(k =>
        {
            var round = k / 6;
            var admin = admins[k % Clients];
            var group = groups[round % groups.Count];
            var name = Variant(names[(round + (k % 2)) % names.Length], round + k);
            return (k % 6) switch
            {
                0 => WriteAsync($"rename {group} to {name}", admin.PostJsonAsync(Routes.Group(section, group), Json(new { name })), Ok, NameTaken, NotFound),
                1 => WriteAsync($"create {name}", admin.PostJsonAsync(Routes.Groups(section), Json(new { name, business__in = new[] { Business(k) } })), Ok, NameTaken),
                2 => WriteAsync($"update {group}", admin.PostJsonAsync(Routes.Group(section, group), Json(new { business__in = new[] { Business(k), Business(k + 3) } })), Ok, NotFound),
                3 => WriteAsync($"delete {groups[round % 4 * 2]}", admin.DeleteAsync(Routes.Group(section, groups[round % 4 * 2]), TestContext.Current.CancellationToken), Ok, NotFound),
                4 => WriteAsync(
                    $"create with a business of organization 2 {name}",
                    provider.PostJsonAsync(Routes.Groups(section), Json(new { name = $"{name} {k}", business__in = new[] { Business(k), DemoData.MadridSol } })),
                    "400 business__in"),
                _ when k % 12 == 5 => WriteAsync(
                    $"put the organization 2 business in {group}",
                    provider.PostJsonAsync(BusinessApi.Business(DemoData.MadridSol), Json(new { groups = new[] { group } })),
                    "400 groups"),
                _ => WriteAsync(
                    $"put {Movable(k)} in {group}",
                    provider.PostJsonAsync(BusinessApi.Business(Movable(k)), Json(new { groups = new[] { group } })),
                    Ok, "400 groups"),
            };
        }).ToList();
        var answers = await Task.WhenAll(writes);

        // Assert
        Assert.True(answers.All(a => a.Allowed), string.Join(Environment.NewLine, answers.Where(a => !a.Allowed).Select(a => a.Text)));
        ShouldHaveContendedForTheNames(answers);
        await StoredInvariants.ShouldHoldAsync(sandbox.DatabasePath);
    }

    [Fact]
    public async Task SectionWrites_OnSameNamesAndSectionsAtOnce_KeepNamesUniqueAndLeaveNothingOfDeletedSections()
    {
        // Arrange: 6 sections of their own, each with a group, and 3 names every write fights over
        var sections = new List<(int Section, int Group)>();
        for (var i = 0; i < 6; i++)
        {
            sections.Add(await SectionApi.CreateSectionWithGroupAsync(sandbox, Business(i), Business(i + 2)));
        }

        var names = ContestedNames();
        var admins = Enumerable.Range(0, Clients).Select(_ => sandbox.CreateClient(DemoData.OrgAdminKey)).ToList();
        var provider = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var writes = Enumerable.Range(0, 72).Select(k =>
        {
            var round = k / 6;
            var admin = admins[k % Clients];
            var (section, group) = sections[round % sections.Count];
            var deleted = sections[round % 3 * 2].Section;
            var name = Variant(names[(round + (k % 2)) % names.Length], round + k);
            return (k % 6) switch
            {
                0 => WriteAsync($"rename section {section} to {name}", admin.PostJsonAsync(Routes.Section(section), Json(new { name })), Ok, NameTaken, NotFound),
                1 => WriteAsync($"create section {name}", admin.PostJsonAsync(Routes.Sections, Json(new { name })), Ok, NameTaken),
                2 => WriteAsync($"delete section {deleted}", admin.DeleteAsync(Routes.Section(deleted), TestContext.Current.CancellationToken), Ok, NotFound),
                3 => WriteAsync(
                    $"create a group in section {section}",
                    admin.PostJsonAsync(Routes.Groups(section), Json(new { name = GroupApi.UniqueName(), business__in = new[] { Business(k) } })),
                    Ok, NotFound),
                4 => WriteAsync(
                    $"update group {group} of section {section}",
                    admin.PostJsonAsync(Routes.Group(section, group), Json(new { business__in = new[] { Business(k), Business(k + 1) } })),
                    Ok, NotFound),
                _ => WriteAsync(
                    $"put {Movable(k)} in group {group} of section {section}",
                    provider.PostJsonAsync(BusinessApi.Business(Movable(k)), Json(new { groups = new[] { group } })),
                    Ok, "400 groups"),
            };
        }).ToList();
        var answers = await Task.WhenAll(writes);

        // Assert
        Assert.True(answers.All(a => a.Allowed), string.Join(Environment.NewLine, answers.Where(a => !a.Allowed).Select(a => a.Text)));
        ShouldHaveContendedForTheNames(answers);
        await StoredInvariants.ShouldHoldAsync(sandbox.DatabasePath);
    }

    private sealed record Answer(string Text, bool Allowed);

    /// <summary>Some write took a contested name and some other was refused it, so the names were really fought over.</summary>
    private static void ShouldHaveContendedForTheNames(Answer[] answers)
    {
        Assert.Contains(answers, a => a.Text.Contains("contested", StringComparison.OrdinalIgnoreCase) && a.Text.EndsWith(": " + Ok, StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Text.EndsWith(": " + NameTaken, StringComparison.Ordinal));
    }

    /// <summary>Three names no other test uses, with letters whose case folding is not ASCII's.</summary>
    private static string[] ContestedNames()
    {
        var suffix = Guid.NewGuid().ToString("N");
        return [$"Contested école {suffix}", $"Contested Ωmega {suffix}", $"Contested Ärger {suffix}"];
    }

    /// <summary>The same name as the uniqueness rule sees it: as given, upper case, lower case, decomposed.</summary>
    private static string Variant(string name, int index) => (index % 4) switch
    {
        0 => name,
        1 => name.ToUpperInvariant(),
        2 => name.ToLowerInvariant(),
        _ => name.Normalize(NormalizationForm.FormD),
    };

    private static string Business(int index) => DemoData.Org1Businesses[index % DemoData.Org1Businesses.Length];

    /// <summary>A business of organization 1 outside the puller's group, so a write may change its groups.</summary>
    private static string Movable(int index)
    {
        string[] movable = [DemoData.ParisBastille, DemoData.LyonPartDieu, DemoData.Marseille, DemoData.RomaTermini, DemoData.TorinoCentro, DemoData.BrandPage];
        return movable[index % movable.Length];
    }

    private static string Json(object body) => JsonSerializer.Serialize(body);

    /// <summary>The write's answer as "200", "404", "400 field" ("400 name message" for names), and whether it is allowed.</summary>
    private static async Task<Answer> WriteAsync(string write, Task<HttpResponseMessage> sending, params string[] allowed)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(text);
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.OK when body?["status"]?.GetValue<string>() == "success" => Ok,
            HttpStatusCode.NotFound when JsonNode.DeepEquals(body, JsonNode.Parse(ErrorBodies.NotFound)) => NotFound,
            HttpStatusCode.BadRequest when body?["errors"]?["json"] is JsonObject { Count: 1 } fields && fields.Single() is var (field, message) =>
                field == "name" ? $"400 name {message}" : $"400 {field}",
            _ => $"{(int)response.StatusCode} {text}",
        };
        return new Answer($"{write}: {outcome}", allowed.Contains(outcome));
    }
}
