namespace FlowTest.Weaving.Fixtures;

public abstract class Animal
{
    [Flow]
    public abstract string Sound();

    [Flow]
    public virtual string Describe() => "animal";
}
