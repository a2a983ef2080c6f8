namespace FlowTest.Artifacts.Digest;

/// <summary>Flows named <see cref="Child"/> were started <see cref="Count"/> times inside flows named <see cref="Parent"/>.</summary>
internal sealed record FlowNameEdge(string Parent, string Child, long Count);
