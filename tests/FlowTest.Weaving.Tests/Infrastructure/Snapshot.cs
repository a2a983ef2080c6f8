using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace FlowTest.Weaving.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions (the approach of FlowTest.Tests' Snapshot):
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;_&lt;name&gt;.verified.txt</c> next to the test's source; a mismatch or a
/// missing snapshot writes <c>.received.txt</c> beside it and fails. Approve by renaming the received
/// file, or run with <c>FLOWTEST_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "FLOWTEST_ACCEPT_SNAPSHOTS";

    public static void Verify(string text, string name, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "")
    {
        var source = File.Exists(sourceFile) ? sourceFile : Path.Combine(FixtureBuild.RepositoryRoot, "tests", "FlowTest.Weaving.Tests", Path.GetFileName(sourceFile));
        var stem = Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source) + "." + testMethod + "_" + name);
        var verifiedPath = stem + ".verified.txt";
        var receivedPath = stem + ".received.txt";
        var received = Normalize(text);
        if (string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        if (File.Exists(verifiedPath) && string.Equals(Normalize(File.ReadAllText(verifiedPath)), received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail((File.Exists(verifiedPath) ? "Snapshot mismatch: " : "New snapshot: ") + "review " + receivedPath
            + " and rename it to " + Path.GetFileName(verifiedPath) + " to approve it (or rerun with " + AcceptVariable + "=1).");
    }

    /// <summary>LF line ends and exactly one final newline: editors and git settings may change either.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
