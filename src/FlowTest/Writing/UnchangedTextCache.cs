using System.Runtime.CompilerServices;

namespace FlowTest.Writing;

/// <summary>
/// Label values known to pass redaction and the length limit unchanged, by reference: a test
/// flow's assembly, framework and often class are the same string object test after test, and a
/// string never changes, so the verdict of the first time holds. Direct-mapped (a value evicts
/// whatever shared its slot), so it is bounded and keeps up with the values in use. Writer thread only.
/// </summary>
internal sealed class UnchangedTextCache
{
    /// <summary>Slots (a power of two): at most this many strings are held alive.</summary>
    public const int Slots = 256;

    /// <summary>Longer values are not remembered, so the strings held stay small whatever the string limit is.</summary>
    public const int MaxLength = 256;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>Whether <paramref name="value"/> itself (this reference) was <see cref="Add"/>ed and not evicted since.</summary>
    public bool Contains(string? value) => value is not null && ReferenceEquals(_slots[SlotOf(value)], value);

    /// <summary>Remembers that <paramref name="value"/> is written as it is (unless it is longer than <see cref="MaxLength"/>).</summary>
    public void Add(string value)
    {
        if (value.Length <= MaxLength)
        {
            _slots[SlotOf(value)] = value;
        }
    }

    private static int SlotOf(string value) => RuntimeHelpers.GetHashCode(value) & (Slots - 1);
}
