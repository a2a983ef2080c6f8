using System.Text;

namespace FlowTest.Privacy;

/// <summary>
/// Makes arbitrary .NET strings safe to hand to a JSON writer: a lone surrogate (possible in any
/// <see cref="string"/>, e.g. one cut in the middle of a pair) would make the UTF-8 encoder throw.
/// </summary>
internal static class Utf16Text
{
    /// <summary>The character that replaces an unpaired surrogate.</summary>
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>Returns <paramref name="value"/> with every unpaired surrogate replaced by U+FFFD.</summary>
    /// <remarks>Allocates only when something has to change: almost every string is returned as is.</remarks>
    public static string Sanitize(string value)
    {
        var firstBad = IndexOfLoneSurrogate(value, 0);
        if (firstBad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? ReplacementCharacter : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The largest cut position not above <paramref name="length"/> that does not split a
    /// surrogate pair of <paramref name="value"/>.
    /// </summary>
    public static int SafeCut(string value, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        if (length >= value.Length)
        {
            return value.Length;
        }

        return char.IsHighSurrogate(value[length - 1]) && char.IsLowSurrogate(value[length]) ? length - 1 : length;
    }

    private static int IndexOfLoneSurrogate(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
