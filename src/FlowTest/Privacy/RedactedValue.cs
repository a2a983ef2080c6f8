namespace FlowTest.Privacy;

/// <summary>
/// A value its owner marked secret (a <c>[Redact]</c> parameter of a woven method): written like a
/// sensitive key's value — masked or hashed per <c>privacy.hash</c>, and listed in
/// <c>redacted_fields</c> — whatever its key is called.
/// </summary>
internal sealed class RedactedValue
{
    public RedactedValue(object? original)
    {
        Original = original;
    }

    /// <summary>The secret itself; only <see cref="PrivacyPolicy.Mask"/> ever sees it.</summary>
    public object? Original { get; }

    /// <summary>Never the secret, should anything print this object.</summary>
    public override string ToString() => EvidenceMarkers.Redacted;
}
