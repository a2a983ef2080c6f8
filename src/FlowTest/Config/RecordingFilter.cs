using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FlowTest.Model;

namespace FlowTest.Config;

/// <summary>
/// Decides what gets recorded, from the effective <see cref="FlowTestConfig"/> and the catalog.
/// <list type="bullet">
/// <item>Flows: included when they match the active profile's <c>include_flows</c> or
/// <c>filters.include_flows</c> (with neither list, every flow is included), unless they match
/// the profile's or the filters' <c>exclude_flows</c> (exclusion wins) or the catalog declares
/// them <c>enabled: false</c>.</item>
/// <item>Tags: see <see cref="ShouldRecordTags"/>.</item>
/// <item>Severity: at least the stricter of the profile's and the filters' <c>min_severity</c>.
/// <c>flow.started</c>/<c>flow.ended</c> are never subject to it: the caller records them for
/// every recorded flow, so each start keeps its end.</item>
/// </list>
/// With <c>enabled: false</c> every question is answered "no". Thread-safe; flow decisions are
/// cached because <see cref="ShouldRecordFlow"/> runs on every flow start.
/// </summary>
internal sealed class RecordingFilter
{
    /// <summary>Enough for any real set of flow names, small enough that generated names cannot grow it without bound.</summary>
    private const int MaxCachedDecisions = 4096;

    private readonly ConcurrentDictionary<string, bool> _flowDecisions = new(StringComparer.Ordinal);
    private readonly FlowGlobSet _includeFlows;
    private readonly FlowGlobSet _excludeFlows;
    private readonly HashSet<string> _disabledFlows;
    private readonly string[] _includeTags;
    private readonly string[] _excludeTags;
    private readonly bool _recordsEveryFlow;
    private int _cachedDecisions;

    public RecordingFilter(FlowTestConfig config, FlowCatalog catalog)
    {
        var profile = config.ActiveProfile;
        IsEnabled = config.Enabled;
        _includeFlows = new FlowGlobSet((profile?.IncludeFlows ?? new string[0]).Concat(config.Filters.IncludeFlows));
        _excludeFlows = new FlowGlobSet((profile?.ExcludeFlows ?? new string[0]).Concat(config.Filters.ExcludeFlows));
        _disabledFlows = new HashSet<string>(catalog.Declared.Where(flow => !flow.Enabled).Select(flow => flow.Id), StringComparer.Ordinal);
        _includeTags = (profile?.IncludeTags ?? new string[0]).Concat(config.Filters.IncludeTags).ToArray();
        _excludeTags = config.Filters.ExcludeTags.ToArray();
        _recordsEveryFlow = (_includeFlows.IsEmpty || _includeFlows.MatchesEverything) && _excludeFlows.IsEmpty && _disabledFlows.Count == 0;
        var profileMinimum = profile?.MinSeverity ?? EventSeverity.Debug;
        MinSeverity = profileMinimum > config.Filters.MinSeverity ? profileMinimum : config.Filters.MinSeverity;
    }

    /// <summary>A filter that records everything (the defaults with no files and no environment).</summary>
    public static RecordingFilter RecordEverything { get; } = new(FlowTestConfig.Default, FlowCatalog.Empty);

    /// <summary>The <c>enabled</c> switch after environment overrides.</summary>
    public bool IsEnabled { get; }

    /// <summary>The lowest severity that is recorded.</summary>
    public EventSeverity MinSeverity { get; }

    public bool ShouldRecordFlow(string flowName)
    {
        if (!IsEnabled)
        {
            return false;
        }

        if (_recordsEveryFlow)
        {
            return true;
        }

        if (_flowDecisions.TryGetValue(flowName, out var cached))
        {
            return cached;
        }

        var decision = Decide(flowName);
        if (Volatile.Read(ref _cachedDecisions) < MaxCachedDecisions && _flowDecisions.TryAdd(flowName, decision))
        {
            Interlocked.Increment(ref _cachedDecisions);
        }

        return decision;
    }

    /// <summary>
    /// Whether an event with these tags is recorded. A filter entry matches a tag when it equals
    /// the tag's key, its value, or <c>key=value</c> (case-insensitive). Any match with an
    /// <c>exclude_tags</c> entry rejects; with include tags (the profile's plus the filters'),
    /// some tag must match one of them; with none, everything not excluded is recorded.
    /// </summary>
    public bool ShouldRecordTags(IReadOnlyDictionary<string, string>? tags)
    {
        if (!IsEnabled)
        {
            return false;
        }

        if (tags is null || tags.Count == 0)
        {
            return _includeTags.Length == 0;
        }

        if (_excludeTags.Length > 0 && AnyTagMatches(tags, _excludeTags))
        {
            return false;
        }

        return _includeTags.Length == 0 || AnyTagMatches(tags, _includeTags);
    }

    public bool ShouldRecordSeverity(EventSeverity severity) => IsEnabled && severity >= MinSeverity;

    private bool Decide(string flowName) =>
        !_disabledFlows.Contains(flowName)
        && (_includeFlows.IsEmpty || _includeFlows.IsMatch(flowName))
        && !_excludeFlows.IsMatch(flowName);

    private static bool AnyTagMatches(IReadOnlyDictionary<string, string> tags, string[] entries)
    {
        foreach (var tag in tags)
        {
            foreach (var entry in entries)
            {
                if (TagMatches(entry, tag.Key, tag.Value ?? ""))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TagMatches(string entry, string key, string value)
    {
        if (string.Equals(entry, key, StringComparison.OrdinalIgnoreCase) || string.Equals(entry, value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "key=value" without building the string: this runs per event.
        return entry.Length == key.Length + 1 + value.Length
            && entry[key.Length] == '='
            && string.Compare(entry, 0, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0
            && string.Compare(entry, key.Length + 1, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
