using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>How many responses the vendor contract checked, per operation and status; reported when the run ends.</summary>
public static class ConformanceCounters
{
    private static readonly ConcurrentDictionary<(string Operation, int Status, string Outcome), int> Counts = new();

    static ConformanceCounters() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();

    public static void Validated(VendorOperation operation, int status) => Add(operation, status, "validated");

    public static void StatusNotDocumented(VendorOperation operation, int status) => Add(operation, status, "status not in the vendor document");

    public static void ContractDeviation(VendorOperation operation, int status) => Add(operation, status, "contract deviation (errors.json string)");

    private static void Add(VendorOperation operation, int status, string outcome) =>
        Counts.AddOrUpdate((operation.OperationId, status, outcome), 1, (_, n) => n + 1);

    private static void Write()
    {
        var validated = Counts.Where(c => c.Key.Outcome == "validated").ToList();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"Vendor contract: {validated.Sum(c => c.Value)} responses validated against the vendor schema, "
                + $"{validated.Select(c => c.Key.Operation).Distinct().Count()} operations, "
                + $"{validated.Select(c => (c.Key.Operation, c.Key.Status)).Distinct().Count()} operation/status pairs");
        foreach (var ((operation, status, outcome), count) in Counts.OrderBy(c => c.Key.Operation).ThenBy(c => c.Key.Status).ThenBy(c => c.Key.Outcome))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {operation} {status}: {count} {outcome}");
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "vendor-conformance.txt"), text.ToString());
    }
}
