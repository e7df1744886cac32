using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// One client of the crash load, as the org admin: writes one after another (creates with fresh names, duplicate and
/// forbidden names that must be refused, updates, refused updates, deletes of its own groups) until the sandbox stops
/// answering, and records in the <see cref="CrashLedger"/> what each answer, or the lack of one, lets the file hold.
/// </summary>
internal sealed class CrashClient(HttpClient http, CrashLedger ledger, int round, int number)
{
    private static readonly int[] Sections = [DemoData.CountrySection, DemoData.CategorySection];
    private static readonly char[] Forbidden = [',', ';', '/'];

    /// <summary>This client's groups whose id and state an answer fixed.</summary>
    private readonly List<TrackedGroup> _live = [];

    /// <summary>Runs until a request gets no answer (the sandbox was killed); that write's outcome stays open.</summary>
    public async Task RunAsync()
    {
        for (var step = 0; await StepAsync(step); step++)
        {
        }
    }

    private Task<bool> StepAsync(int step) => (step % 10) switch
    {
        5 when _live.Count > 0 => CreateDuplicateAsync(_live[^1].Known!),
        6 => CreateForbiddenAsync(step),
        7 when _live.Count > 0 => UpdateAsync(_live[step % _live.Count], step),
        8 when _live.Count > 0 => UpdateRefusedAsync(_live[0], step),
        9 when _live.Count > 0 => DeleteAsync(_live[0]),
        _ => CreateAsync(step),
    };

    private async Task<bool> CreateAsync(int step)
    {
        var state = GroupState.Of(Sections[((step / 10) + number) % 2], Name(step), Businesses(step));
        var group = ledger.Track();
        var answer = await SendAsync(HttpMethod.Post, Routes.Groups(state.SectionId), new { name = state.Name, business__in = state.Businesses.Split(',') });
        if (answer is not (var status, var body))
        {
            group.Unanswered(state);
            return false;
        }

        var id = body?["id"] is JsonValue value && value.TryGetValue(out int created) ? created : 0;
        if (Expect($"create {state}", status, body, HttpStatusCode.OK, $$"""{"status":"success","id":{{id}}}""") && id > 0)
        {
            group.Answered(state, id);
            _live.Add(group);
        }

        return true;
    }

    private async Task<bool> CreateDuplicateAsync(GroupState existing)
    {
        var name = existing.Name.ToUpperInvariant();
        var answer = await SendAsync(HttpMethod.Post, Routes.Groups(existing.SectionId), new { name, business__in = Array.Empty<string>() });
        return answer is (var status, var body)
            && Expect($"create duplicate {name}", status, body, HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_already_exists"));
    }

    private async Task<bool> CreateForbiddenAsync(int step)
    {
        var name = Name(step) + Forbidden[step / 10 % Forbidden.Length] + "x";
        var answer = await SendAsync(HttpMethod.Post, Routes.Groups(DemoData.CountrySection), new { name, business__in = Array.Empty<string>() });
        return answer is (var status, var body)
            && Expect($"create {name}", status, body, HttpStatusCode.BadRequest, ErrorBodies.Field("name", "name_contains_forbidden_characters"));
    }

    private async Task<bool> UpdateAsync(TrackedGroup group, int step)
    {
        var before = group.Known!;
        var after = GroupState.Of(before.SectionId, Name(step) + " renamed", Businesses(step + 1));
        var answer = await SendAsync(
            HttpMethod.Post, Routes.Group(before.SectionId, group.Id!.Value), new { name = after.Name, business__in = after.Businesses.Split(',') });
        if (answer is not (var status, var body))
        {
            group.Unanswered(after);
            return false;
        }

        if (Expect($"update to {after}", status, body, HttpStatusCode.OK, $$"""{"status":"success","id":{{group.Id}}}"""))
        {
            group.Answered(after);
        }

        return true;
    }

    /// <summary>An update refused for a forbidden name or for a business of the other organization: it changes nothing.</summary>
    private async Task<bool> UpdateRefusedAsync(TrackedGroup group, int step)
    {
        var known = group.Known!;
        var byName = step / 10 % 2 == 0;
        object request = byName
            ? new { name = Name(step) + "/x" }
            : new { business__in = new[] { DemoData.MadridSol } };
        var expected = byName
            ? ErrorBodies.Field("name", "name_contains_forbidden_characters")
            : ErrorBodies.Field("business__in", $"Unknown or inaccessible business ids: {DemoData.MadridSol}");
        var answer = await SendAsync(HttpMethod.Post, Routes.Group(known.SectionId, group.Id!.Value), request);
        return answer is (var status, var body) && Expect($"refused update of {group}", status, body, HttpStatusCode.BadRequest, expected);
    }

    private async Task<bool> DeleteAsync(TrackedGroup group)
    {
        var known = group.Known!;
        _live.Remove(group);
        var answer = await SendAsync(HttpMethod.Delete, Routes.Group(known.SectionId, group.Id!.Value), body: null);
        if (answer is not (var status, var body))
        {
            group.Unanswered(null);
            return false;
        }

        if (Expect($"delete {group}", status, body, HttpStatusCode.OK, """{"status":"success"}"""))
        {
            group.Answered(null);
        }
        else
        {
            _live.Add(group);
        }

        return true;
    }

    private string Name(int step) => string.Create(CultureInfo.InvariantCulture, $"{ledger.Prefix} r{round} c{number} #{step}");

    /// <summary>A non-empty subset of organization 1's businesses, different from step to step.</summary>
    private string[] Businesses(int step)
    {
        var mask = ((step * 37) + (number * 11) + (round * 5)) % 255 + 1;
        return [.. DemoData.Org1Businesses.Where((_, bit) => ((mask >> bit) & 1) == 1)];
    }

    /// <summary>Counts the answer; reports it to the ledger when it is not the expected one.</summary>
    private bool Expect(string write, HttpStatusCode status, JsonNode? body, HttpStatusCode expectedStatus, string expectedBody)
    {
        if (status == expectedStatus && JsonNode.DeepEquals(body, JsonNode.Parse(expectedBody)))
        {
            if (status == HttpStatusCode.OK)
            {
                ledger.CountSucceeded();
            }
            else
            {
                ledger.CountRefused();
            }

            return true;
        }

        ledger.Report($"{write}: expected {(int)expectedStatus} {expectedBody} but got {(int)status} {body?.ToJsonString()}");
        return false;
    }

    /// <summary>The status and JSON body, or null when the request got no whole answer.</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Body)?> SendAsync(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or JsonException
            || (exception is TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested))
        {
            ledger.CountUnanswered();
            return null;
        }
    }
}
