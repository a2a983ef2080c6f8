using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Ci;

/// <summary>Turns a run's first failures into annotations (pure).</summary>
internal static class CiAnnotations
{
    /// <summary>CI systems collapse long annotation lists; the first ten carry the signal.</summary>
    public const int MaxAnnotations = 10;

    public static IReadOnlyList<CiAnnotation> From(IEnumerable<FailureRecord> firstFailures) =>
        firstFailures.Take(MaxAnnotations).Select(ToAnnotation).ToList();

    private static CiAnnotation ToAnnotation(FailureRecord failure)
    {
        var (file, line) = failure.IsException && failure.Exception?.File is { } thrownIn
            ? (thrownIn, failure.Exception.Line)
            : (failure.Code?.File, failure.Code?.Line);
        var title = failure.FlowName + ": " + failure.Title;
        var message = failure.IsException
            ? failure.Exception?.Message ?? failure.Reason ?? ""
            : failure.Reason ?? "";
        return new CiAnnotation(file, line, title, message);
    }
}
