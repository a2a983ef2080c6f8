namespace FlowTest.Woven;

/// <summary>One captured parameter of a woven method: its metadata name and whether it is <c>[Redact]</c>.</summary>
internal readonly struct WovenParameter
{
    public WovenParameter(string name, bool redact)
    {
        Name = name;
        Redact = redact;
    }

    public string Name { get; }

    public bool Redact { get; }
}
