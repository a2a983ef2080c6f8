using System.Text.Json;

namespace FlowTest.Writing;

/// <summary>What the writer needs to know about one tag or correlation key, worked out once per key.</summary>
/// <param name="Key">The key as given.</param>
/// <param name="IsSensitive">Whether values under this key are masked whatever they hold (see <c>PrivacyPolicy.IsSensitiveKey</c>).</param>
/// <param name="Encoded">The key escaped as the writer escapes it; <see langword="null"/> when it is not valid UTF-16 (left to the writer).</param>
internal sealed record LabelKey(string Key, bool IsSensitive, JsonEncodedText? Encoded);
