namespace FlowTest.Weaving.Fixtures;

/// <summary>A result object judged by its inverted <c>IsError</c>.</summary>
public sealed record ErrorResult(bool IsError);
