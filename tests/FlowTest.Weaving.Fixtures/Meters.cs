namespace FlowTest.Weaving.Fixtures;

public readonly struct Meters
{
    private readonly double _value;

    public Meters(double value)
    {
        _value = value;
    }

    [Flow]
    public double Doubled() => _value * 2;
}
