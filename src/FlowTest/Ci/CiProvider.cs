namespace FlowTest.Ci;

/// <summary>The CI system a run is recorded under, as its environment variables say.</summary>
internal enum CiProvider
{
    /// <summary>Not under a CI system FlowTest reports to.</summary>
    None,

    /// <summary>GitHub Actions (<c>GITHUB_ACTIONS=true</c>).</summary>
    GitHubActions,

    /// <summary>Azure Pipelines (<c>TF_BUILD=True</c>).</summary>
    AzurePipelines,
}
