using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>Several <see cref="FlowGlob"/>s: a name matches the set when it matches any of them.</summary>
internal sealed class FlowGlobSet
{
    private readonly FlowGlob[] _globs;

    public FlowGlobSet(IEnumerable<string> patterns)
    {
        _globs = patterns.Distinct().Select(FlowGlob.Compile).ToArray();
    }

    public bool IsEmpty => _globs.Length == 0;

    /// <summary>True when some glob is <c>**</c>, so every name matches.</summary>
    public bool MatchesEverything => _globs.Any(glob => glob.MatchesEverything);

    public bool IsMatch(string flowName)
    {
        foreach (var glob in _globs)
        {
            if (glob.IsMatch(flowName))
            {
                return true;
            }
        }

        return false;
    }
}
