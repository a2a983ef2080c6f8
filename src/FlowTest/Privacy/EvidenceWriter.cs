using System;
using System.Text.Json;

namespace FlowTest.Privacy;

/// <summary>
/// Serializes evidence (anonymous objects, POCOs, dictionaries, collections, scalars) into one
/// JSON value with every privacy rule applied (SPEC §6). See <c>docs/privacy.md</c>.
/// </summary>
internal static class EvidenceWriter
{
    /// <summary>
    /// Writes <paramref name="evidence"/> as one JSON value at the current position of
    /// <paramref name="writer"/> (after a property name, or as an array item). Paths of masked
    /// values go to <paramref name="log"/>, rooted at <paramref name="path"/>; cuts set
    /// <see cref="RedactionLog.Truncated"/>.
    /// </summary>
    /// <remarks>
    /// Never throws because of the evidence: a failure while writing it becomes
    /// <c>"&lt;unserializable: Type&gt;"</c>. The value is built aside and copied in whole, so
    /// <paramref name="writer"/> never holds half of it. Only a writer that cannot accept a value
    /// at its position (a bug in the caller) still throws.
    /// </remarks>
    public static void Write(Utf8JsonWriter writer, object? evidence, PrivacyPolicy policy, RedactionLog log, string path = "payload")
    {
        var scratch = ScratchJsonBuffer.Rent(writer.Options);
        try
        {
            if (TryWriteAside(scratch, evidence, policy, log, path))
            {
                writer.WriteRawValue(scratch.WrittenSpan, skipInputValidation: true);
            }
            else
            {
                writer.WriteStringValue(EvidenceMarkers.Unserializable(EvidenceTypeNames.DescribeSafely(evidence?.GetType())));
            }
        }
        finally
        {
            ScratchJsonBuffer.Return(scratch);
        }
    }

    private static bool TryWriteAside(ScratchJsonBuffer scratch, object? evidence, PrivacyPolicy policy, RedactionLog log, string path)
    {
        try
        {
            scratch.Walker.Write(evidence, policy, log, path);
            scratch.Json.Flush();
            return true;
        }
        catch (Exception)
        {
            // Telemetry must not break the program: anything we did not foresee ends here.
            return false;
        }
    }
}
