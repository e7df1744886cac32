using Microsoft.AspNetCore.Http.HttpResults;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Http;
using PartooGroups.Api.OpenApi;

namespace PartooGroups.Api.Diagnostics;

public static class JournalEndpoints
{
    public static RouteGroupBuilder MapJournal(this RouteGroupBuilder admin)
    {
        admin.MapGet("/journal", ListRequests)
            .WithName("sandboxListRequests")
            .WithSummary("The latest /v2 requests, newest first")
            .WithDescription("Method, path (query keys only, never values), operationId, status, duration, the caller's provider "
                + "(`tenant`) and role, and the fault rule that answered it. Never an API key or any header.")
            .WithQueryParameters(
                QueryParameterDoc.Text("tenant", "Only requests of this provider id."),
                QueryParameterDoc.Text("operation_id", "Only requests to this operationId."),
                QueryParameterDoc.Number("limit", "At most this many requests, from 1."));

        admin.MapDelete("/journal", ClearRequests)
            .WithName("sandboxClearRequests")
            .WithSummary("Empty the request journal")
            .WithDescription("Forgets every recorded request. Answers {\"status\":\"success\"}.");

        return admin;
    }

    private static Results<Ok<JournalResponse>, PartooError> ListRequests(HttpRequest request, RequestJournal journal)
    {
        var query = new QueryReader(request.Query);
        var tenant = query.Text("tenant");
        var operationId = query.Text("operation_id");
        var limit = query.Number("limit", min: 1) ?? int.MaxValue;
        if (query.HasErrors)
        {
            return PartooError.Validation(query.Errors);
        }

        var requests = journal.NewestFirst()
            .Where(e => (tenant is null || e.Tenant == tenant) && (operationId is null || e.OperationId == operationId))
            .Take(limit)
            .ToList();
        return TypedResults.Ok(new JournalResponse(requests.Count, requests));
    }

    private static Ok<DiagnosticsStatusResponse> ClearRequests(RequestJournal journal)
    {
        journal.Clear();
        return TypedResults.Ok(DiagnosticsStatusResponse.Success);
    }
}
