using System;

namespace FlowTest.Weaving;

/// <summary>A method has a shape the weaver cannot handle; becomes one <c>FT0099</c> error naming the method.</summary>
internal sealed class WeavingException : Exception
{
    public WeavingException(string message)
        : base(message)
    {
    }
}
