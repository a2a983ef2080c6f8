namespace FlowTest.Weaving.Fixtures;

/// <summary>A result object judged by its string <c>Status</c>.</summary>
public readonly struct StatusResult
{
    public StatusResult(string status)
    {
        Status = status;
    }

    public string Status { get; }
}
