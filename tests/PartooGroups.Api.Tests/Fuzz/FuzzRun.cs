using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Fuzz;

/// <summary>
/// Runs generated request sequences against the sandbox and the model side by side. Each sequence starts from the
/// seed data (the sandbox is reset through its admin API) with its own seed; the run stops at the first answer that
/// differs from the model's and tells how to replay it.
/// </summary>
internal sealed class FuzzRun(SandboxFactory sandbox, FuzzSettings settings)
{
    private const int HistoryLength = 5;

    private readonly HttpClient _client = sandbox.CreateClient(apiKey: null);
    private readonly SortedDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Queue<string> _history = new();

    public int RequestsSent { get; private set; }

    public int Sequences { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Runs the sequences; returns the first disagreement, described for replay, or null.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            for (var sequence = 0; RequestsSent < settings.Requests; sequence++)
            {
                if (sequence > 0)
                {
                    await ResetSandboxAsync(cancellationToken);
                }

                Sequences++;
                var steps = Math.Min(settings.RequestsPerSequence, settings.Requests - RequestsSent);
                if (await RunSequenceAsync(settings.SequenceSeed(sequence), steps, cancellationToken) is { } disagreement)
                {
                    return disagreement;
                }
            }

            return null;
        }
        finally
        {
            Elapsed = clock.Elapsed;
        }
    }

    /// <summary>The requests sent by operation and status, one line each.</summary>
    public string Outcomes() =>
        string.Join(Environment.NewLine, _outcomes.Select(o => $"  {o.Key}: {o.Value.ToString(CultureInfo.InvariantCulture)}"));

    private async Task<string?> RunSequenceAsync(int seed, int steps, CancellationToken cancellationToken)
    {
        var model = new GroupsModel();
        var picker = new System.Random(seed);
        _history.Clear();
        for (var step = 0; step < steps; step++)
        {
            var rnd = new FsCheck.Rnd(unchecked((ulong)picker.NextInt64()));
            var request = RequestGenerator.Next(model).Sample(numberOfSamples: 1, seed: rnd, size: 10).Single();
            var expected = model.Apply(request);
            int status;
            JsonNode? body;
            string text;
            try
            {
                (status, text) = await SendAsync(request, cancellationToken);
                body = JsonNode.Parse(text);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Describe(seed, step, request, expected, $"an exception: {exception.GetType().Name}: {exception.Message}");
            }
            finally
            {
                RequestsSent++;
            }

            var outcome = $"{request.Operation} {status.ToString(CultureInfo.InvariantCulture)}";
            _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
            if (status != expected.Status || !JsonNode.DeepEquals(expected.Project(body), expected.Body))
            {
                return Describe(seed, step, request, expected, $"{status.ToString(CultureInfo.InvariantCulture)} {text}");
            }

            _history.Enqueue($"  #{step.ToString(CultureInfo.InvariantCulture)} {request} -> {status.ToString(CultureInfo.InvariantCulture)}");
            if (_history.Count > HistoryLength)
            {
                _history.Dequeue();
            }
        }

        return null;
    }

    private async Task<(int Status, string Text)> SendAsync(FuzzRequest request, CancellationToken cancellationToken)
    {
        using var message = request.ToHttpRequest();
        using var response = await _client.SendAsync(message, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private async Task ResetSandboxAsync(CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/_sandbox/reset");
        message.Headers.Add("x-Sandbox-Admin-Key", "sandbox-admin-key");
        using var response = await _client.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The sandbox reset answered {(int)response.StatusCode} {text}");
        }
    }

    private string Describe(int seed, int step, FuzzRequest request, Expected expected, string actual)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The sandbox and the model disagree at step {step} of a sequence with seed {seed} (run seed {settings.Seed}).")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Replay: {FuzzSettings.SeedVariable}={seed} {FuzzSettings.RequestsVariable}={step + 1} dotnet test PartooGroups.sln --filter FullyQualifiedName~GroupsModelFuzzTests")
            .AppendLine(CultureInfo.InvariantCulture, $"Request:  {request}")
            .AppendLine(CultureInfo.InvariantCulture, $"Model:    {expected}")
            .AppendLine(CultureInfo.InvariantCulture, $"Sandbox:  {actual}");
        if (_history.Count > 0)
        {
            text.AppendLine("Requests before it:").AppendJoin(Environment.NewLine, _history).AppendLine();
        }

        return text.ToString();
    }
}
