using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartooGroups.Api.Errors;

namespace PartooGroups.Api.Diagnostics;

public static class FaultEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder admin)
    {
        admin.MapPost("/faults", CreateFault)
            .WithName("sandboxCreateFault")
            .WithSummary("Make an operation fail or answer late")
            .WithDescription("Requests to `operation_id` (only those of provider `tenant` when given; only the next `times` when given; "
                + "each with chance `probability` when given) answer 429 with `Retry-After` (`retry_after_seconds`, 1 by default), 500, "
                + "503 (with `Retry-After` when `retry_after_seconds` is given), or, for `delay`, the normal answer. `delay_ms` waits "
                + "before any kind. Faults apply after authentication and before the handler: a faulted write changes nothing.")
            .WithValidation<CreateFaultRequest>();

        admin.MapGet("/faults", ListFaults)
            .WithName("sandboxListFaults")
            .WithSummary("The fault rules in force, oldest first; `times` is what is left of each")
            .WithDescription("Lists the rules that may still fire, in the order they are tried.");

        admin.MapDelete("/faults/{fault_id:int}", DeleteFault)
            .WithName("sandboxDeleteFault")
            .WithSummary("Remove one fault rule")
            .WithDescription("Removes the rule `fault_id`; an unknown id is a 404.")
            .ProducesNotFound();

        admin.MapDelete("/faults", ClearFaults)
            .WithName("sandboxClearFaults")
            .WithSummary("Remove every fault rule")
            .WithDescription("Removes every rule; rule ids are not reused afterwards.");

        return admin;
    }

    private static Ok<FaultRule> CreateFault(CreateFaultRequest body, FaultRules rules) => TypedResults.Ok(rules.Add(body));

    private static Ok<FaultListResponse> ListFaults(FaultRules rules) => TypedResults.Ok(new FaultListResponse(rules.List()));

    private static Results<Ok<DiagnosticsStatusResponse>, PartooError> DeleteFault([FromRoute(Name = "fault_id")] int faultId, FaultRules rules) =>
        rules.Remove(faultId) ? TypedResults.Ok(DiagnosticsStatusResponse.Success) : PartooError.NotFound();

    private static Ok<DiagnosticsStatusResponse> ClearFaults(FaultRules rules)
    {
        rules.Clear();
        return TypedResults.Ok(DiagnosticsStatusResponse.Success);
    }
}
