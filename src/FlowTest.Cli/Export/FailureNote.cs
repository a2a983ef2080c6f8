namespace FlowTest.Cli.Export;

/// <summary>What went wrong in a flow: class or exception type, message, where, and the stack if any.</summary>
internal sealed record FailureNote(string Title, string Message, string? File, int? Line, string? Stack)
{
    public string? Location => FlowTest.Reading.TraceLocationText.Format(File, Line);
}
