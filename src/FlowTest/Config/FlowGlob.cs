using System;
using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>
/// A compiled glob over flow names, whose segments are separated by <c>/</c>: <c>*</c> matches
/// within one segment, <c>?</c> one character of a segment, and a whole segment <c>**</c> any
/// number of segments including none (<c>data/**</c> matches <c>data</c> and <c>data/a/b</c>;
/// <c>**/debug/**</c> matches <c>debug</c> and <c>x/debug/y</c>). Matching is ordinal and
/// case-sensitive. The common shapes (<c>**</c>, a literal name, <c>prefix/**</c>) are matched
/// without walking segments; nothing allocates per call.
/// </summary>
internal sealed class FlowGlob
{
    private readonly Shape _shape;
    private readonly string _literal;
    private readonly Segment[] _segments;

    private FlowGlob(string pattern, Shape shape, string literal, Segment[] segments)
    {
        Pattern = pattern;
        _shape = shape;
        _literal = literal;
        _segments = segments;
    }

    private enum Shape
    {
        Everything,
        Literal,
        LiteralThenAnyDepth,
        General,
    }

    public string Pattern { get; }

    /// <summary>True for <c>**</c> (and spellings like <c>**/**</c>): every name matches.</summary>
    public bool MatchesEverything => _shape == Shape.Everything;

    public static FlowGlob Compile(string pattern)
    {
        var segments = new List<Segment>();
        foreach (var text in pattern.Split('/'))
        {
            var segment = new Segment(text);

            // "**/**" means the same as "**"; collapsing keeps the matcher from retrying in vain.
            if (!(segment.IsAnyDepth && segments.Count > 0 && segments[segments.Count - 1].IsAnyDepth))
            {
                segments.Add(segment);
            }
        }

        var literalSegments = 0;
        while (literalSegments < segments.Count && !segments[literalSegments].HasWildcards)
        {
            literalSegments++;
        }

        if (segments.Count == 1 && segments[0].IsAnyDepth)
        {
            return new FlowGlob(pattern, Shape.Everything, "", segments.ToArray());
        }

        if (literalSegments == segments.Count)
        {
            return new FlowGlob(pattern, Shape.Literal, pattern, segments.ToArray());
        }

        if (literalSegments == segments.Count - 1 && segments[segments.Count - 1].IsAnyDepth)
        {
            var prefix = string.Join("/", segments.GetRange(0, literalSegments).ConvertAll(segment => segment.Text).ToArray());
            return new FlowGlob(pattern, Shape.LiteralThenAnyDepth, prefix, segments.ToArray());
        }

        return new FlowGlob(pattern, Shape.General, "", segments.ToArray());
    }

    public bool IsMatch(string flowName) => _shape switch
    {
        Shape.Everything => true,
        Shape.Literal => string.Equals(flowName, _literal, StringComparison.Ordinal),
        Shape.LiteralThenAnyDepth => flowName.StartsWith(_literal, StringComparison.Ordinal)
            && (flowName.Length == _literal.Length || flowName[_literal.Length] == '/'),
        _ => MatchFrom(0, flowName, 0),
    };

    public override string ToString() => Pattern;

    /// <summary>
    /// Matches pattern segments from <paramref name="segmentIndex"/> against the name from
    /// <paramref name="position"/>, the start of the next name segment (-1 once the name is used up).
    /// </summary>
    private bool MatchFrom(int segmentIndex, string name, int position)
    {
        while (segmentIndex < _segments.Length)
        {
            var segment = _segments[segmentIndex];
            if (segment.IsAnyDepth)
            {
                if (segmentIndex == _segments.Length - 1)
                {
                    return true;
                }

                // Let "**" swallow zero, one, two ... name segments until the rest matches.
                while (!MatchFrom(segmentIndex + 1, name, position))
                {
                    if (position < 0)
                    {
                        return false;
                    }

                    position = NextSegmentStart(name, position);
                }

                return true;
            }

            if (position < 0)
            {
                return false;
            }

            var slash = name.IndexOf('/', position);
            if (!segment.Matches(name, position, slash < 0 ? name.Length : slash))
            {
                return false;
            }

            segmentIndex++;
            position = slash < 0 ? -1 : slash + 1;
        }

        return position < 0;
    }

    private static int NextSegmentStart(string name, int position)
    {
        var slash = name.IndexOf('/', position);
        return slash < 0 ? -1 : slash + 1;
    }

    private readonly struct Segment
    {
        public Segment(string text)
        {
            Text = text;
            IsAnyDepth = text == "**";
            HasWildcards = text.IndexOf('*') >= 0 || text.IndexOf('?') >= 0;
        }

        public string Text { get; }

        public bool IsAnyDepth { get; }

        public bool HasWildcards { get; }

        /// <summary>Whether <c>name[start..end)</c> matches this segment (<c>*</c> and <c>?</c> never cross a <c>/</c>).</summary>
        public bool Matches(string name, int start, int end)
        {
            if (!HasWildcards)
            {
                return end - start == Text.Length && string.CompareOrdinal(name, start, Text, 0, Text.Length) == 0;
            }

            // Classic wildcard walk: on a mismatch, let the most recent '*' take one more character.
            int p = 0, n = start, starP = -1, starN = start;
            while (n < end)
            {
                if (p < Text.Length && Text[p] == '*')
                {
                    starP = p++;
                    starN = n;
                }
                else if (p < Text.Length && (Text[p] == '?' || Text[p] == name[n]))
                {
                    p++;
                    n++;
                }
                else if (starP >= 0)
                {
                    p = starP + 1;
                    n = ++starN;
                }
                else
                {
                    return false;
                }
            }

            while (p < Text.Length && Text[p] == '*')
            {
                p++;
            }

            return p == Text.Length;
        }
    }
}
