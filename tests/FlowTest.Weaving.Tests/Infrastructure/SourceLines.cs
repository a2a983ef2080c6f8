using System;
using System.IO;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>Finds lines in the fixtures' sources, so tests do not hard-code line numbers.</summary>
internal static class SourceLines
{
    public static int LineOf(string fixtureFile, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "FlowTest.Weaving.Fixtures", fixtureFile));
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, text + " not found in " + fixtureFile);
        return index + 1;
    }
}
