using System;
using System.Diagnostics;
using System.IO;

namespace FlowTest.Runs;

/// <summary>
/// Windows: <c>latest</c> is a directory junction (no admin or developer mode needed). Replacing it
/// is delete-then-create, so there is a short window without it; <c>latest.json</c> is always atomic.
/// </summary>
internal static class WindowsJunction
{
    public static bool Replace(string linkPath, string relativeTarget)
    {
        try
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(linkPath)!, relativeTarget));
            if (Directory.Exists(linkPath))
            {
                // Deleting a junction removes the link only, never the target's contents.
                Directory.Delete(linkPath, recursive: false);
            }

            var start = new ProcessStartInfo("cmd.exe", $"/c mklink /J \"{linkPath}\" \"{target}\"")
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
