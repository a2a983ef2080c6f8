using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace FlowTest.Runs;

/// <summary>
/// Replaces files and links so readers see the old or the new version, never half of one:
/// write a temporary sibling, then rename it over the target (rename(2) on Unix).
/// </summary>
internal static class AtomicFile
{
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static void WriteAllText(string path, string contents)
    {
        var temporary = TemporarySibling(path);
        File.WriteAllText(temporary, contents, new UTF8Encoding(false));
        Replace(temporary, path);
    }

    /// <summary>Points the symbolic link <paramref name="linkPath"/> at <paramref name="relativeTarget"/>, atomically on Unix.</summary>
    /// <returns><see langword="false"/> when links are not available (Windows without junction rights).</returns>
    public static bool ReplaceSymbolicLink(string linkPath, string relativeTarget)
    {
        if (IsWindows)
        {
            return WindowsJunction.Replace(linkPath, relativeTarget);
        }

        var temporary = TemporarySibling(linkPath);
        if (NativeMethods.symlink(relativeTarget, temporary) != 0)
        {
            return false;
        }

        if (NativeMethods.rename(temporary, linkPath) != 0)
        {
            NativeMethods.unlink(temporary);
            return false;
        }

        return true;
    }

    private static void Replace(string temporary, string path)
    {
        if (IsWindows)
        {
            if (File.Exists(path))
            {
                File.Replace(temporary, path, null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temporary, path);
            }

            return;
        }

        if (NativeMethods.rename(temporary, path) != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            File.Delete(temporary);
            throw new IOException($"could not replace '{path}' (errno {errno})");
        }
    }

    private static string TemporarySibling(string path) =>
        path + ".tmp-" + Guid.NewGuid().ToString("N").Substring(0, 8);

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int rename(string oldPath, string newPath);

        [DllImport("libc", SetLastError = true)]
        public static extern int symlink(string target, string linkPath);

        [DllImport("libc", SetLastError = true)]
        public static extern int unlink(string path);
    }
}
