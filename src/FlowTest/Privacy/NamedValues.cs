namespace FlowTest.Privacy;

/// <summary>
/// Evidence given as parallel names and values — a woven method's arguments — written as one JSON
/// object. Cheaper than a dictionary on the calling thread, and when every value is an immutable
/// scalar (boxed numbers, strings) it is handed to the writer thread as it is, like an anonymous object.
/// </summary>
internal sealed class NamedValues
{
    /// <param name="names">The keys, in order; shared by every call of the same method.</param>
    /// <param name="redact">Per key: masked whatever its name (<c>[Redact]</c>); shared like <paramref name="names"/>.</param>
    /// <param name="values">The values in key order; owned by this object from now on.</param>
    public NamedValues(string[] names, bool[] redact, object?[] values)
    {
        Names = names;
        Redact = redact;
        Values = values;
        CanDeferCapture = AllImmutable(values);
    }

    public string[] Names { get; }

    public bool[] Redact { get; }

    public object?[] Values { get; }

    /// <summary>Whether nothing in it can change after the call: then it is formatted later, on the writer thread.</summary>
    public bool CanDeferCapture { get; }

    private static bool AllImmutable(object?[] values)
    {
        foreach (var value in values)
        {
            if (value is not null && !EvidenceShapes.CanDeferCapture(value.GetType()))
            {
                return false;
            }
        }

        return true;
    }
}
