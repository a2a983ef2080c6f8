namespace FlowTest.Weaving.Fixtures;

/// <summary>A result object whose <c>IsSuccess</c> decides the verdict.</summary>
public sealed class OperationResult
{
    public OperationResult(bool isSuccess)
    {
        IsSuccess = isSuccess;
    }

    public bool IsSuccess { get; }
}
