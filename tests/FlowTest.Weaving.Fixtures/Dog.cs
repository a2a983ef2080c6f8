using System;

namespace FlowTest.Weaving.Fixtures;

public sealed class Dog : Animal, IGreeter
{
    [Flow]
    public Dog(string name)
        : base()
    {
        Name = name;
        Console.WriteLine("dog ctor body");
    }

    public string Name { get; }

    public override string Sound() => "woof";

    [Flow]
    public override string Describe() => "dog " + Name;

    [Flow]
    public string Greet(string name) => "hi " + name;
}
