using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace FlowTest.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's file conventions, so moving to Verify is a one-line change
/// (<c>Snapshot.Verify</c> → <c>Verifier.Verify</c>):
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.txt</c> sits next to the test's source file; a
/// mismatch or a missing snapshot writes <c>.received.txt</c> beside it (git-ignored) and fails with
/// the first difference. Approve by renaming the received file, or run with
/// <c>FLOWTEST_ACCEPT_SNAPSHOTS=1</c> to overwrite the verified files.
/// </summary>
/// <remarks>The class name is the source file's name: one type per file makes them the same.</remarks>
internal static class Snapshot
{
    public const string AcceptVariable = "FLOWTEST_ACCEPT_SNAPSHOTS";

    public static Task Verify(string text, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "")
    {
        var source = SourceFile.Resolve(sourceFile);
        var stem = Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source) + "." + testMethod);
        var accept = string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal);
        var failure = Compare(text, stem + ".verified.txt", stem + ".received.txt", accept);
        if (failure is not null)
        {
            Assert.Fail(failure);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Compares <paramref name="text"/> with the verified file; <see langword="null"/> when they match
    /// (or when accepting), else the failure message after writing the received file.
    /// </summary>
    internal static string? Compare(string text, string verifiedPath, string receivedPath, bool accept)
    {
        var received = Normalize(text);
        if (accept)
        {
            System.IO.File.WriteAllText(verifiedPath, received);
            DeleteIfExists(receivedPath);
            return null;
        }

        if (!System.IO.File.Exists(verifiedPath))
        {
            System.IO.File.WriteAllText(receivedPath, received);
            return "New snapshot: review " + receivedPath + " and rename it to " + Path.GetFileName(verifiedPath)
                + " to approve it (or rerun with " + AcceptVariable + "=1).";
        }

        var verified = Normalize(System.IO.File.ReadAllText(verifiedPath));
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedPath);
            return null;
        }

        System.IO.File.WriteAllText(receivedPath, received);
        return "Snapshot mismatch for " + verifiedPath + "\n" + TextDiff.FirstDifference(verified, received)
            + "\nReceived text written to " + receivedPath + "; if the change is intended, copy it over the verified file"
            + " (or rerun with " + AcceptVariable + "=1).";
    }

    /// <summary>LF line ends and exactly one final newline: editors and git settings may change either.</summary>
    internal static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static void DeleteIfExists(string path)
    {
        if (System.IO.File.Exists(path))
        {
            System.IO.File.Delete(path);
        }
    }
}
