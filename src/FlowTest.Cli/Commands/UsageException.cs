using System;

namespace FlowTest.Cli.Commands;

/// <summary>
/// The user asked for something that does not exist (a run, a flow, a format): one clear message
/// on stderr and exit code <see cref="ExitCodes.Usage"/>, never a stack trace.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
