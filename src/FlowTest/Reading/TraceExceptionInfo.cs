namespace FlowTest.Reading;

/// <summary>The <c>exception</c> object of a trace line: the exception and its throwing frame.</summary>
internal sealed record TraceExceptionInfo(string? Type, string? Message, string? Stack, string? File, int? Line);
