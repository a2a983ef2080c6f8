using System.Globalization;
using System.IO;
using System.Text;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// Writes the projects the macro measurements build and test, consuming FlowTest from
/// <see cref="LocalPackageFeed"/> through <c>PackageReference</c> as a user would.
/// </summary>
internal static class GeneratedProject
{
    /// <summary>The 5,000-method library of <see cref="GeneratedLibrarySource"/> as a project referencing the FlowTest package.</summary>
    public static string Library(string directory, LocalPackageFeed feed)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in GeneratedLibrarySource.Files())
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        File.WriteAllText(Path.Combine(directory, "nuget.config"), feed.NuGetConfig());
        var project = Path.Combine(directory, GeneratedLibrarySource.AssemblyName + ".csproj");
        File.WriteAllText(project, ProjectText("<DebugType>portable</DebugType>", "    <PackageReference Include=\"FlowTest\" Version=\"" + feed.Version + "\" />\n"));
        return project;
    }

    /// <summary>A test project of <paramref name="tests"/> passing tests in classes of 100; with or without the FlowTest adapter package.</summary>
    public static string TestSuite(string directory, TestFramework framework, int tests, bool withAdapter, LocalPackageFeed feed)
    {
        Directory.CreateDirectory(directory);
        for (var c = 0; c * 100 < tests; c++)
        {
            File.WriteAllText(Path.Combine(directory, "Tests" + c.ToString("0000", CultureInfo.InvariantCulture) + ".cs"), TestClass(framework, c, System.Math.Min(100, tests - (c * 100))));
        }

        File.WriteAllText(Path.Combine(directory, "nuget.config"), feed.NuGetConfig());
        var references = new StringBuilder("    <PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17.14.1\" />\n");
        if (framework == TestFramework.Xunit)
        {
            references.Append("    <PackageReference Include=\"xunit\" Version=\"2.9.3\" />\n    <PackageReference Include=\"xunit.runner.visualstudio\" Version=\"3.1.5\" />\n");
        }
        else
        {
            references.Append("    <PackageReference Include=\"NUnit\" Version=\"4.4.0\" />\n    <PackageReference Include=\"NUnit3TestAdapter\" Version=\"5.2.0\" />\n");
        }

        if (withAdapter)
        {
            references.Append("    <PackageReference Include=\"FlowTest.").Append(framework == TestFramework.Xunit ? "Xunit" : "NUnit").Append("\" Version=\"").Append(feed.Version).Append("\" />\n");
        }

        var project = Path.Combine(directory, "Suite.csproj");
        File.WriteAllText(project, ProjectText("<IsPackable>false</IsPackable>\n    <IsTestProject>true</IsTestProject>", references.ToString()));
        return project;
    }

    private static string ProjectText(string properties, string references) =>
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>disable</Nullable>\n    <ImplicitUsings>disable</ImplicitUsings>\n    " +
        properties + "\n  </PropertyGroup>\n  <ItemGroup>\n" + references + "  </ItemGroup>\n</Project>\n";

    private static string TestClass(TestFramework framework, int index, int count)
    {
        var name = "Tests" + index.ToString("0000", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(framework == TestFramework.Xunit ? "using Xunit;\n\nnamespace Suite;\n\npublic class " : "using NUnit.Framework;\n\nnamespace Suite;\n\n[TestFixture]\npublic class ")
            .Append(name).Append("\n{\n");
        for (var t = 0; t < count; t++)
        {
            var n = ((index * 100) + t).ToString("00000", CultureInfo.InvariantCulture);
            text.Append(framework == TestFramework.Xunit ? "    [Fact]\n" : "    [Test]\n")
                .Append("    public void Adds_").Append(n).Append("()\n    {\n        var sum = ").Append(t).Append(" + 2;\n        ")
                .Append(framework == TestFramework.Xunit ? "Assert.Equal(" + (t + 2) + ", sum);" : "Assert.That(sum, Is.EqualTo(" + (t + 2) + "));")
                .Append("\n    }\n\n");
        }

        text.Append("}\n");
        return text.ToString();
    }
}
