namespace FlowTest.Weaving.Fixtures;

public interface IGreeter
{
    string Greet(string name);
}
