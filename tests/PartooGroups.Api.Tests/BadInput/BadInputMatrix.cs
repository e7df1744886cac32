namespace PartooGroups.Api.Tests.BadInput;

/// <summary>Every row of the matrix by its name, the name being the theory's argument so that each row is its own test case.</summary>
public static class BadInputMatrix
{
    private static readonly Lazy<Dictionary<string, BadInputCase>> Cases = new(() =>
        BadInputRoutes.All.SelectMany(BadInputCases.For).ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static BadInputCase Case(string name) => Cases.Value[name];

    public static TheoryData<string> Rows(string group) =>
        [.. Cases.Value.Values.Where(c => c.Route.Group == group).Select(c => c.Name)];
}
