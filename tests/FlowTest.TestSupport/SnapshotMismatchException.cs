using System;

namespace FlowTest.TestSupport;

/// <summary>A snapshot did not match (or is new): the message says where the received text is and how to approve it.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the failure with the message that says how to approve or fix the snapshot.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
