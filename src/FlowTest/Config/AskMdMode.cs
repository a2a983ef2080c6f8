namespace FlowTest.Config;

/// <summary>When <c>ask.md</c> is written.</summary>
internal enum AskMdMode
{
    OnFailure,
    Always,
    Never,
}
