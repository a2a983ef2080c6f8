using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Config;

/// <summary>The names accepted for enumerated settings, in the order messages list them.</summary>
internal static class ConfigChoices
{
    public static IReadOnlyList<KeyValuePair<string, EventSeverity>> Severities { get; } = new[]
    {
        Pair("debug", EventSeverity.Debug),
        Pair("info", EventSeverity.Info),
        Pair("warn", EventSeverity.Warn),
        Pair("error", EventSeverity.Error),
        Pair("critical", EventSeverity.Critical),
    };

    public static IReadOnlyList<KeyValuePair<string, AskMdMode>> AskMd { get; } = new[]
    {
        Pair("always", AskMdMode.Always),
        Pair("on_failure", AskMdMode.OnFailure),
        Pair("never", AskMdMode.Never),
    };

    /// <summary>Sink types; <c>sqlite</c> is accepted (with a warning) but not implemented.</summary>
    public static IReadOnlyList<string> SinkTypes { get; } = new[] { "console", "jsonl", "sqlite" };

    private static KeyValuePair<string, T> Pair<T>(string name, T value) => new(name, value);
}
