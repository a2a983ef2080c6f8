using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace FlowTest.Adapters;

/// <summary>Pairs test arguments with their parameter names (extra arguments are named <c>argN</c>).</summary>
internal static class TestArguments
{
    /// <summary>The parameters are read only when there are arguments: most tests have none, and <see cref="MethodBase.GetParameters"/> copies an array per call.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Named(MethodBase? method, object?[]? arguments)
    {
        if (arguments is null || arguments.Length == 0)
        {
            return Array.Empty<KeyValuePair<string, object?>>();
        }

        var parameters = method?.GetParameters() ?? Array.Empty<ParameterInfo>();
        var named = new List<KeyValuePair<string, object?>>(arguments.Length);
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = i < parameters.Length && !string.IsNullOrEmpty(parameters[i].Name) ? parameters[i].Name! : "arg" + i.ToString(CultureInfo.InvariantCulture);
            named.Add(new KeyValuePair<string, object?>(name, arguments[i]));
        }

        return named;
    }
}
