using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace FlowTest.TestSupport;

/// <summary>
/// Snapshot assertions with Verify's file conventions, so moving to Verify is a one-line change
/// (<c>Snapshot.Verify</c> → <c>Verifier.Verify</c>):
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.txt</c> (or <c>…&lt;TestMethod&gt;_&lt;name&gt;.verified.txt</c> for one
/// of several snapshots of a test) sits next to the test's source file; a mismatch or a missing snapshot
/// writes <c>.received.txt</c> beside it (git-ignored) and fails with the first difference. Approve by
/// renaming the received file, or run with <c>FLOWTEST_ACCEPT_SNAPSHOTS=1</c> to overwrite the verified files.
/// </summary>
/// <remarks>The class name is the source file's name: one type per file makes them the same.</remarks>
public static class Snapshot
{
    /// <summary>Set to <c>1</c>, snapshots are accepted: the verified files are overwritten with what the tests produce.</summary>
    public const string AcceptVariable = "FLOWTEST_ACCEPT_SNAPSHOTS";

    /// <summary>Checks <paramref name="text"/> against the test's one snapshot.</summary>
    public static Task Verify(string text, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "") =>
        VerifyStem(text, Stem(sourceFile, testMethod));

    /// <summary>Checks <paramref name="text"/> against the snapshot <paramref name="name"/> of the test (a theory's row).</summary>
    public static Task VerifyNamed(string text, string name, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "") =>
        VerifyStem(text, Stem(sourceFile, testMethod + "_" + name));

    /// <summary>
    /// Compares <paramref name="text"/> with the verified file; <see langword="null"/> when they match
    /// (or when accepting), else the failure message after writing the received file.
    /// </summary>
    public static string? Compare(string text, string verifiedPath, string receivedPath, bool accept)
    {
        var received = Normalize(text);
        if (accept)
        {
            File.WriteAllText(verifiedPath, received);
            DeleteIfExists(receivedPath);
            return null;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received);
            return "New snapshot: review " + receivedPath + " and rename it to " + Path.GetFileName(verifiedPath)
                + " to approve it (or rerun with " + AcceptVariable + "=1).";
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received);
        return "Snapshot mismatch for " + verifiedPath + "\n" + TextDiff.FirstDifference(verified, received)
            + "\nReceived text written to " + receivedPath + "; if the change is intended, copy it over the verified file"
            + " (or rerun with " + AcceptVariable + "=1).";
    }

    /// <summary>LF line ends and exactly one final newline: editors and git settings may change either.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string Stem(string sourceFile, string testPart)
    {
        var source = SourceFile.Resolve(sourceFile);
        return Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source) + "." + testPart);
    }

    private static Task VerifyStem(string text, string stem)
    {
        var accept = string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal);
        var failure = Compare(text, stem + ".verified.txt", stem + ".received.txt", accept);
        return failure is null ? Task.CompletedTask : throw new SnapshotMismatchException(failure);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
