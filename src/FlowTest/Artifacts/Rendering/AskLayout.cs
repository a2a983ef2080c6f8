namespace FlowTest.Artifacts.Rendering;

/// <summary>How much of each part ask.md shows; shrunk step by step until the file fits its byte cap.</summary>
internal sealed record AskLayout
{
    public int TailEvents { get; init; }

    public int Issues { get; init; } = 5;

    public int EvidenceChars { get; init; } = 1200;

    public int StackLines { get; init; } = 12;

    public int SketchLines { get; init; } = 60;

    public int NoticedItems { get; init; } = 5;
}
