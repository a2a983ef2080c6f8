using System.Linq;

namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>The project file every generated sample shares (net10.0, nullable, not packable) around its own items.</summary>
internal static class SampleProjectFile
{
    /// <summary>A project file with <paramref name="items"/> (empty ones left out) in its item group.</summary>
    public static string Create(params string[] items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
        {string.Join("\n", items.Where(item => item.Length > 0).Select(item => "    " + item))}
          </ItemGroup>
        </Project>
        """;

    /// <summary>A <c>PackageReference</c> element.</summary>
    public static string Package(string id, string version) => $"""<PackageReference Include="{id}" Version="{version}" />""";
}
