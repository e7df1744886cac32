using System.Net.Http.Headers;
using System.Text;

namespace PartooGroups.Api.Tests.BadInput;

/// <summary>What a row of the matrix must get back.</summary>
public enum Outcome
{
    /// <summary>Exactly <see cref="Expectation.Status"/> and <see cref="Expectation.Body"/>.</summary>
    Exact,

    /// <summary>400 with an entry for <see cref="Expectation.Field"/> in <c>errors.json</c>.</summary>
    FieldError,

    /// <summary>400 <c>{"errors":{"json":"&lt;message&gt;"}}</c>: the body as a whole is refused.</summary>
    BadJson,

    /// <summary>
    /// An odd value the contract accepts (an emoji in a name, null for an optional field): a success, or a 4xx in the
    /// vendor's shape that changes nothing; never a 5xx.
    /// </summary>
    AcceptedOrRefused,
}

public sealed record Expectation(Outcome Outcome, int Status = 400, string? Body = null, string? Field = null)
{
    public static Expectation Exactly(int status, string body) => new(Outcome.Exact, status, body);

    public static Expectation OnField(string field) => new(Outcome.FieldError, Field: field);

    public static Expectation BadJson { get; } = new(Outcome.BadJson);

    public static Expectation AcceptedOrRefused { get; } = new(Outcome.AcceptedOrRefused);
}

/// <summary>
/// One row: a request to one route with one fault. <see cref="Body"/> is built when the row runs (a 10 MB body is not
/// kept in memory between rows) and its <c>@unique</c> is replaced by a fresh token, so a row the contract accepts
/// creates a new name each time.
/// </summary>
public sealed record BadInputCase(
    BadInputRoute Route,
    string Description,
    Expectation Expect,
    string Url,
    Func<string>? Body,
    string? ContentType = "application/json")
{
    public string Name => $"{Route.OperationId} | {Description}";

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Route.Method), Url);
        if (Body is not null)
        {
            var token = Guid.NewGuid().ToString("N")[..12];
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body().Replace("@unique", $"bad-input-{token}", StringComparison.Ordinal)));
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return request;
    }
}
