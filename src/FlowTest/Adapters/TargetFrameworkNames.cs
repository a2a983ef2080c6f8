using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.Versioning;

namespace FlowTest.Adapters;

/// <summary>The short target framework name of a test assembly (<c>net8.0</c>, <c>net472</c>), for tags.</summary>
internal static class TargetFrameworkNames
{
    private static readonly ConcurrentDictionary<Assembly, string> Cache = new();

    public static string Of(Assembly assembly) => Cache.GetOrAdd(assembly, a => FromFrameworkName(a.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName));

    /// <summary><c>.NETCoreApp,Version=v8.0</c> → <c>net8.0</c>; <c>.NETFramework,Version=v4.7.2</c> → <c>net472</c>; others unchanged.</summary>
    public static string FromFrameworkName(string? frameworkName)
    {
        if (string.IsNullOrEmpty(frameworkName))
        {
            return "";
        }

        try
        {
            var parsed = new FrameworkName(frameworkName!);
            var version = parsed.Version;
            return parsed.Identifier switch
            {
                ".NETCoreApp" when version.Major >= 5 => "net" + version.Major.ToString(CultureInfo.InvariantCulture) + "." + version.Minor.ToString(CultureInfo.InvariantCulture),
                ".NETCoreApp" => "netcoreapp" + version.ToString(2),
                ".NETFramework" => "net" + version.ToString().Replace(".", "").TrimEnd('0').PadRight(2, '0'),
                ".NETStandard" => "netstandard" + version.ToString(2),
                _ => frameworkName!,
            };
        }
        catch (ArgumentException)
        {
            return frameworkName!;
        }
    }
}
