namespace FlowTest.Privacy;

/// <summary>
/// The visible markers written in place of values that were hidden, cut or could not be read.
/// They are part of the trace format users read, so they never change casually.
/// </summary>
internal static class EvidenceMarkers
{
    /// <summary>Replaces a secret when hashing is off.</summary>
    public const string Redacted = "REDACTED";

    /// <summary>Prefix of a hashed secret: <c>sha256:</c> followed by 12 lower-case hex digits.</summary>
    public const string HashPrefix = "sha256:";

    /// <summary>Appended to a cut string; also the value of <see cref="TruncatedMember"/>.</summary>
    public const string Truncated = "… (truncated)";

    /// <summary>Member added to an object whose remaining members were dropped by the payload limit.</summary>
    public const string TruncatedMember = "_truncated";

    /// <summary>Member added to a dictionary whose remaining entries were dropped by the item limit.</summary>
    public const string MoreMember = "_more";

    /// <summary>Member added to an object or dictionary whose enumeration threw.</summary>
    public const string ErrorMember = "_error";

    /// <summary>Written for a reference that is already being written further up the same path.</summary>
    public const string Cycle = "<cycle>";

    /// <summary>Written for a container nested deeper than <see cref="PrivacyPolicy.MaxDepth"/>.</summary>
    public const string DepthLimit = "<depth limit>";

    /// <summary>Written for items dropped from a sequence of unknown length.</summary>
    public const string MoreItems = "… (more)";

    /// <summary>Written for <paramref name="count"/> items dropped from a sequence or dictionary.</summary>
    public static string MoreItemsOf(int count) => "… (" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more)";

    /// <summary>Written for a member whose getter threw.</summary>
    public static string Error(System.Exception exception) => "<error: " + exception.GetType().Name + ">";

    /// <summary>Written for values that are summarised by their type only (streams, tasks, delegates…).</summary>
    public static string TypeOnly(string typeName) => "<" + typeName + ">";

    /// <summary>Written for a value of a type marked <c>[NoTrace]</c>.</summary>
    public static string NotTraced(string typeName) => "<not traced: " + typeName + ">";

    /// <summary>Whether <paramref name="value"/> is already a mask, so redacting twice changes nothing.</summary>
    public static bool IsMask(string value) =>
        value == Redacted ||
        (value.Length == HashPrefix.Length + 12 && value.StartsWith(HashPrefix, System.StringComparison.Ordinal));

    /// <summary>Written when the writer itself failed on a value.</summary>
    public static string Unserializable(string typeName) => "<unserializable: " + typeName + ">";

    /// <summary>Written for binary content.</summary>
    public static string Bytes(long count) => "<" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes>";
}
