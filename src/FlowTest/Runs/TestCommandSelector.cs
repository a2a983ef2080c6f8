using System;
using System.Collections.Generic;
using System.IO;

namespace FlowTest.Runs;

/// <summary>
/// Picks, from a test host's ancestors, the process that stands for "this <c>dotnet test</c>
/// command": every test host that command starts (one per test project, in parallel) has it as
/// an ancestor, and no other command does — so its pid and start time key one shared run.
/// </summary>
internal static class TestCommandSelector
{
    /// <summary>
    /// <paramref name="ancestors"/> are ordered parent first. Preference: the nearest
    /// <c>dotnet test</c>/<c>dotnet vstest</c>; else the nearest <c>vstest.console</c> (IDEs);
    /// when no command lines are known (Windows), the outermost of the unbroken chain of
    /// dotnet/vstest processes above the host.
    /// </summary>
    public static ProcessSnapshot? Choose(IReadOnlyList<ProcessSnapshot> ancestors)
    {
        foreach (var process in ancestors)
        {
            if (IsDotnetTestCommand(process))
            {
                return process;
            }
        }

        foreach (var process in ancestors)
        {
            if (IsVstestConsole(process))
            {
                return process;
            }
        }

        ProcessSnapshot? outermost = null;
        foreach (var process in ancestors)
        {
            if (process.Arguments.Count > 0 || !IsDotnetHost(process.Name))
            {
                break;
            }

            outermost = process;
        }

        return outermost;
    }

    /// <summary><c>dotnet test …</c> or <c>dotnet vstest …</c>: the first argument after the host that is not an option.</summary>
    public static bool IsDotnetTestCommand(ProcessSnapshot process)
    {
        if (!IsDotnetHost(process.Name) && !(process.Arguments.Count > 0 && IsDotnetHost(FileStem(process.Arguments[0]))))
        {
            return false;
        }

        for (var i = 1; i < process.Arguments.Count; i++)
        {
            var argument = process.Arguments[i];
            if (argument.StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            return string.Equals(argument, "test", StringComparison.OrdinalIgnoreCase) || string.Equals(argument, "vstest", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    public static bool IsVstestConsole(ProcessSnapshot process)
    {
        if (string.Equals(process.Name, "vstest.console", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var argument in process.Arguments)
        {
            if (string.Equals(FileStem(argument), "vstest.console", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDotnetHost(string name) => string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase);

    private static string FileStem(string path)
    {
        try
        {
            var name = Path.GetFileName(path);
            foreach (var extension in new[] { ".dll", ".exe" })
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return name.Substring(0, name.Length - extension.Length);
                }
            }

            return name;
        }
        catch (ArgumentException)
        {
            return "";
        }
    }
}
