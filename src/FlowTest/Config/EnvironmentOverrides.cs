using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Config;

/// <summary>
/// Applies the <c>FLOWTEST_*</c> environment variables on top of the file configuration (they
/// win over it). An empty or unset variable changes nothing; a value that cannot be used is
/// ignored with a warning naming the variable.
/// </summary>
internal static class EnvironmentOverrides
{
    public static FlowTestConfig Apply(FlowTestConfig config, Func<string, string?> getVariable, ICollection<ConfigDiagnostic> diagnostics)
    {
        var result = config;

        var enabled = Read(getVariable, FlowTestEnvironmentVariables.Enabled);
        if (enabled is not null)
        {
            if (TryParseSwitch(enabled, out var on))
            {
                result = result with { Enabled = on };
            }
            else
            {
                Warn(diagnostics, FlowTestEnvironmentVariables.Enabled, enabled, "is not 0, 1, true or false");
            }
        }

        var profile = Read(getVariable, FlowTestEnvironmentVariables.Profile);
        if (profile is not null)
        {
            if (result.Profiles.ContainsKey(profile))
            {
                result = result with { Profile = profile };
            }
            else
            {
                var defined = string.Join(", ", result.Profiles.Keys.OrderBy(name => name, StringComparer.Ordinal));
                Warn(diagnostics, FlowTestEnvironmentVariables.Profile, profile, "names no defined profile" + NameSuggester.DidYouMean(profile, result.Profiles.Keys) + " (defined: " + defined + ")");
            }
        }

        var include = SplitList(Read(getVariable, FlowTestEnvironmentVariables.Include));
        var exclude = SplitList(Read(getVariable, FlowTestEnvironmentVariables.Exclude));
        var tags = SplitList(Read(getVariable, FlowTestEnvironmentVariables.Tags));
        if (include.Length + exclude.Length + tags.Length > 0)
        {
            var filters = result.Filters;
            result = result with
            {
                Filters = filters with
                {
                    IncludeFlows = filters.IncludeFlows.Concat(include).ToArray(),
                    ExcludeFlows = filters.ExcludeFlows.Concat(exclude).ToArray(),
                    IncludeTags = filters.IncludeTags.Concat(tags).ToArray(),
                },
            };
        }

        var traceTail = Read(getVariable, FlowTestEnvironmentVariables.TraceTail);
        if (traceTail is not null)
        {
            if (YamlScalars.TryParseInt(traceTail, out var events) && events >= 0 && events <= int.MaxValue)
            {
                result = result with { Artifacts = result.Artifacts with { TraceTailEvents = (int)events } };
            }
            else
            {
                Warn(diagnostics, FlowTestEnvironmentVariables.TraceTail, traceTail, "is not a whole number of 0 or more");
            }
        }

        return result;
    }

    private static string? Read(Func<string, string?> getVariable, string name)
    {
        string? value;
        try
        {
            value = getVariable(name);
        }
        catch (Exception)
        {
            // An environment we may not read (a sandbox, a SecurityException) counts as unset.
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    private static bool TryParseSwitch(string value, out bool on)
    {
        switch (value.ToLowerInvariant())
        {
            case "1" or "true":
                on = true;
                return true;
            case "0" or "false":
                on = false;
                return true;
            default:
                on = false;
                return false;
        }
    }

    private static string[] SplitList(string? value) =>
        value is null
            ? new string[0]
            : value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToArray();

    private static void Warn(ICollection<ConfigDiagnostic> diagnostics, string variable, string value, string problem) =>
        diagnostics.Add(new ConfigDiagnostic(
            ConfigDiagnosticSeverity.Warning,
            ConfigDiagnosticCodes.BadEnvironmentValue,
            ConfigDiagnostic.EnvironmentOrigin,
            0,
            0,
            variable,
            variable + "='" + value + "' " + problem + "; the variable is ignored"));
}
