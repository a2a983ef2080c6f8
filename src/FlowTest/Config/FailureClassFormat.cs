using System;

namespace FlowTest.Config;

/// <summary>
/// The shape of a failure class (SPEC §3): <c>SYSTEM</c>, <c>DATA</c>, <c>CONTRACT</c>,
/// <c>EXTERNAL</c> or <c>BUSINESS</c>, optionally followed by <c>.SUFFIX</c> (letters, digits,
/// <c>_</c>, <c>-</c>, more dots between parts), e.g. <c>EXTERNAL.4xx</c>, <c>DATA.MISSING_COLUMN</c>.
/// </summary>
internal static class FailureClassFormat
{
    private static readonly string[] Categories =
    {
        FailureClass.System, FailureClass.Data, FailureClass.Contract, FailureClass.External, FailureClass.Business,
    };

    public static string Description => "SYSTEM|DATA|CONTRACT|EXTERNAL|BUSINESS optionally followed by .SUFFIX";

    public static bool IsValid(string failureClass)
    {
        foreach (var category in Categories)
        {
            if (!failureClass.StartsWith(category, StringComparison.Ordinal))
            {
                continue;
            }

            if (failureClass.Length == category.Length)
            {
                return true;
            }

            return failureClass[category.Length] == '.' && IsValidSuffix(failureClass, category.Length + 1);
        }

        return false;
    }

    private static bool IsValidSuffix(string text, int start)
    {
        var partLength = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }

                partLength = 0;
                continue;
            }

            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }

            partLength++;
        }

        return partLength > 0;
    }
}
