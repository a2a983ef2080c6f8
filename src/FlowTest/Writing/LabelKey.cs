using System.Text.Json;

namespace FlowTest.Writing;

/// <summary>What the writer needs to know about one tag or correlation key, worked out once per key.</summary>
internal sealed class LabelKey
{
    public LabelKey(string key, bool isSensitive, JsonEncodedText? encoded)
    {
        Key = key;
        IsSensitive = isSensitive;
        Encoded = encoded;
    }

    public string Key { get; }

    /// <summary>Whether values under this key are masked whatever they hold (see <c>PrivacyPolicy.IsSensitiveKey</c>).</summary>
    public bool IsSensitive { get; }

    /// <summary>The key escaped as the writer escapes it; <see langword="null"/> when it is not valid UTF-16 (left to the writer).</summary>
    public JsonEncodedText? Encoded { get; }
}
