using System.Collections.Concurrent;
using FlowTest.Privacy;

namespace FlowTest.Woven;

/// <summary>
/// Turns the argument array of a woven call into evidence: values keyed by parameter name, so
/// name-based redaction (SPEC §6) applies as for any evidence, and <c>[Redact]</c> parameters are
/// masked whatever their name. The array woven code built is kept as it is (no copy, no dictionary).
/// </summary>
internal static class WovenArguments
{
    /// <summary>Marks a <c>[Redact]</c> parameter in a layout string.</summary>
    public const char RedactPrefix = '!';

    // Layouts are string literals from woven IL, so there are as many as there are woven methods.
    private static readonly ConcurrentDictionary<string, Layout> Layouts = new();

    public static NamedValues ToEvidence(string layout, object?[] arguments)
    {
        var parsed = Layouts.GetOrAdd(layout, static text => new Layout(Parse(text)));
        var values = arguments;
        if (arguments.Length != parsed.Names.Length)
        {
            // Never trust the IL more than the layout: a mismatch writes the common prefix.
            values = new object?[parsed.Names.Length];
            System.Array.Copy(arguments, values, System.Math.Min(arguments.Length, values.Length));
        }

        return new NamedValues(parsed.Names, parsed.Redact, values);
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

    /// <summary>A parsed layout as the parallel arrays <see cref="NamedValues"/> shares between calls.</summary>
    private sealed class Layout
    {
        public Layout(WovenParameter[] parameters)
        {
            Names = new string[parameters.Length];
            Redact = new bool[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                Names[i] = parameters[i].Name;
                Redact[i] = parameters[i].Redact;
            }
        }

        public string[] Names { get; }

        public bool[] Redact { get; }
    }
}
