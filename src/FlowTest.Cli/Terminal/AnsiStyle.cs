namespace FlowTest.Cli.Terminal;

/// <summary>
/// ANSI colouring that is a no-op unless enabled: enabled only when stdout is a terminal and
/// <c>NO_COLOR</c> is unset, so redirected output and CI logs stay plain text.
/// </summary>
internal sealed class AnsiStyle
{
    private const string Reset = "\u001b[0m";

    public AnsiStyle(bool enabled) => Enabled = enabled;

    public static AnsiStyle Plain { get; } = new(false);

    public bool Enabled { get; }

    public string Red(string text) => Wrap("\u001b[31m", text);

    public string Green(string text) => Wrap("\u001b[32m", text);

    public string Yellow(string text) => Wrap("\u001b[33m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    public string Bold(string text) => Wrap("\u001b[1m", text);

    /// <summary>Colours a status or verdict word by how good it is.</summary>
    public string Outcome(string word) => word switch
    {
        "passed" or "success" => Green(word),
        "failed" or "failure" or "exception" or "crashed" => Red(word),
        "running" or "incomplete" or "skipped" => Yellow(word),
        _ => word,
    };

    private string Wrap(string code, string text) => Enabled && text.Length > 0 ? code + text + Reset : text;
}
