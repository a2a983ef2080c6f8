using System.Collections.Generic;

namespace FlowTest.Writing;

/// <summary>
/// Evidence rendered to redacted JSON on the calling thread, because the object could change
/// before the writer gets to it (dictionaries, lists, plain objects).
/// </summary>
internal sealed class CapturedPayload
{
    public CapturedPayload(byte[] json, IReadOnlyList<string> redactedPaths)
    {
        Json = json;
        RedactedPaths = redactedPaths;
    }

    /// <summary>One complete JSON value, UTF-8.</summary>
    public byte[] Json { get; }

    /// <summary>JSON paths (rooted at <c>payload</c>) of values replaced by redaction.</summary>
    public IReadOnlyList<string> RedactedPaths { get; }
}
