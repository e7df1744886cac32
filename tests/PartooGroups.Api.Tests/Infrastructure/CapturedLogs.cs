using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every entry it is given as text: level, category, event, formatted message, every
/// structured value, the exception and the scopes' values, so a test can search all a sink could ever write.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => _entries;

    public string Text => string.Join(Environment.NewLine, _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(" [").Append(eventId).Append("] ")
                .Append(formatter(state, exception));
            AppendValues(text, state);
            logs._scopes.ForEachScope((scope, builder) => AppendValues(builder.Append(" => ").Append(scope), scope), text);
            if (exception is not null)
            {
                text.Append(Environment.NewLine).Append(exception);
            }

            logs._entries.Enqueue(text.ToString());
        }

        private static void AppendValues(StringBuilder text, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(" {").Append(key).Append('=').Append(value).Append('}');
                }
            }
        }
    }
}
