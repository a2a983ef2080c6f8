namespace FlowTest.Ci;

/// <summary>One failure as a CI system shows it beside the code: where, a short title, the message.</summary>
internal sealed record CiAnnotation(string? File, int? Line, string Title, string Message);
