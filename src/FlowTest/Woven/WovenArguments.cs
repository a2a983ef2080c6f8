using System.Collections.Concurrent;
using System.Collections.Generic;
using FlowTest.Privacy;

namespace FlowTest.Woven;

/// <summary>
/// Turns the argument array of a woven call into evidence: a dictionary keyed by parameter name,
/// so name-based redaction (SPEC §6) applies as for any evidence, with <c>[Redact]</c> parameters
/// masked before they leave the call.
/// </summary>
internal static class WovenArguments
{
    /// <summary>Marks a <c>[Redact]</c> parameter in a layout string.</summary>
    public const char RedactPrefix = '!';

    // Layouts are string literals from woven IL, so there are as many as there are woven methods.
    private static readonly ConcurrentDictionary<string, WovenParameter[]> Layouts = new();

    public static Dictionary<string, object?> ToEvidence(string layout, object?[] arguments)
    {
        var parameters = Layouts.GetOrAdd(layout, Parse);
        var evidence = new Dictionary<string, object?>(parameters.Length);
        for (var i = 0; i < parameters.Length && i < arguments.Length; i++)
        {
            var value = arguments[i];
            evidence[parameters[i].Name] = parameters[i].Redact && value is not null ? new RedactedValue(value) : value;
        }

        return evidence;
    }

    /// <summary>Parses <c>a,!b,c</c> into names with their <c>[Redact]</c> flags.</summary>
    internal static WovenParameter[] Parse(string layout)
    {
        if (layout.Length == 0)
        {
            return new WovenParameter[0];
        }

        var names = layout.Split(',');
        var parameters = new WovenParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var redact = name.Length > 0 && name[0] == RedactPrefix;
            parameters[i] = new WovenParameter(redact ? name.Substring(1) : name, redact);
        }

        return parameters;
    }
}
