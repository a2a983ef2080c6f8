using System;

namespace FlowTest.Weaving.Fixtures;

/// <summary>Calls every synchronous shape once (Factorial(3) recurses to three calls).</summary>
public static class SyncScenario
{
    public static void Run()
    {
        SyncShapes.StaticVoid();
        var shapes = new SyncShapes();
        Console.WriteLine("instance=" + shapes.InstanceValue(21));
        Console.WriteLine("reference=" + SyncShapes.ReferenceReturn("ada"));
        Console.WriteLine("returns=" + SyncShapes.MultipleReturns(-1) + "," + SyncShapes.MultipleReturns(0) + "," + SyncShapes.MultipleReturns(3) + "," + SyncShapes.MultipleReturns(99));
        Console.WriteLine("trycatch=" + SyncShapes.TryCatchFinallyInside(1) + "," + SyncShapes.TryCatchFinallyInside(0));
        Console.WriteLine("factorial=" + SyncShapes.Factorial(3));
        Console.WriteLine("echo=" + SyncShapes.Echo(5) + "," + SyncShapes.Echo("text"));
        var dog = new Dog("rex");
        Animal animal = dog;
        IGreeter greeter = dog;
        Console.WriteLine("virtual=" + animal.Describe() + ",abstract=" + animal.Sound() + ",interface=" + greeter.Greet("bob"));
        Console.WriteLine("struct=" + new Meters(1.5).Doubled());
        var intBox = new Box<int>(7);
        var textBox = new Box<string>("seven");
        Console.WriteLine("generic=" + intBox.Get() + "," + textBox.Get() + "," + intBox.Convert(i => i + 0.5));
    }
}
