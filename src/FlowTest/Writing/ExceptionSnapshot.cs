using System;
using System.Globalization;

namespace FlowTest.Writing;

/// <summary>
/// What a trace keeps of an exception, taken on the throwing thread: the exception object itself
/// may change later (a rethrow rewrites its stack trace), so the text is copied at once.
/// </summary>
internal sealed class ExceptionSnapshot
{
    /// <summary>Stack traces are cut to this many characters.</summary>
    public const int MaxStackChars = 4096;

    private ExceptionSnapshot(string type, string message, string? stack, string? file, int line)
    {
        Type = type;
        Message = message;
        Stack = stack;
        File = file;
        Line = line;
    }

    public string Type { get; }

    /// <summary>The raw message; the writer redacts it before it reaches disk.</summary>
    public string Message { get; }

    public string? Stack { get; }

    /// <summary>Source file of the throwing frame, when the stack trace has one (needs a PDB).</summary>
    public string? File { get; }

    public int Line { get; }

    public static ExceptionSnapshot Capture(Exception exception)
    {
        string type;
        string message;
        string? stack;
        try
        {
            type = exception.GetType().FullName ?? exception.GetType().Name;
            message = exception.Message ?? "";
            stack = exception.StackTrace;
        }
        catch (Exception inner)
        {
            // A hostile Message or StackTrace override must not take the caller down.
            return new ExceptionSnapshot(exception.GetType().Name, "<message unavailable: " + inner.GetType().Name + ">", null, null, 0);
        }

        if (stack is not null && stack.Length > MaxStackChars)
        {
            stack = stack.Substring(0, MaxStackChars) + "… (truncated)";
        }

        TryFindThrowingFrame(stack, out var file, out var line);
        return new ExceptionSnapshot(type, message, stack, file, line);
    }

    /// <summary>
    /// Finds <c>in &lt;file&gt;:line &lt;n&gt;</c> in the first frame that has it. Parsing the text
    /// is far cheaper than building a <see cref="System.Diagnostics.StackTrace"/> with file info.
    /// </summary>
    internal static bool TryFindThrowingFrame(string? stack, out string? file, out int line)
    {
        file = null;
        line = 0;
        if (stack is null)
        {
            return false;
        }

        foreach (var rawLine in stack.Split('\n'))
        {
            var frame = rawLine.TrimEnd('\r');
            var lineMarker = frame.LastIndexOf(":line ", StringComparison.Ordinal);
            var inMarker = frame.LastIndexOf(" in ", StringComparison.Ordinal);
            if (lineMarker < 0 || inMarker < 0 || inMarker > lineMarker)
            {
                continue;
            }

            var number = frame.Substring(lineMarker + ":line ".Length).Trim();
            if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out line))
            {
                file = frame.Substring(inMarker + 4, lineMarker - inMarker - 4);
                return true;
            }
        }

        return false;
    }
}
