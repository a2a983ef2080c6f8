using System.IO;
using System.Security.Cryptography;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>What <see cref="AssemblyWeaver.Weave"/> promises about files: marker, symbols, determinism, diagnostics.</summary>
[Collection(WovenCollection.Name)]
public sealed class WeaveContractTests
{
    private readonly WovenFixtures _fixtures;

    public WeaveContractTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    [Fact]
    public void The_fixtures_are_woven_with_warnings_only()
    {
        Assert.Equal(WeaveOutcome.Woven, _fixtures.Result.Outcome);
        Assert.True(_fixtures.Result.MethodsWoven >= 40);
        Assert.DoesNotContain(_fixtures.Result.Diagnostics, d => d.Severity == WeaveDiagnosticSeverity.Error);
    }

    [Fact]
    public void Weaving_a_woven_assembly_again_reports_already_woven_and_changes_no_byte()
    {
        var before = Hash(_fixtures.WovenAssembly) + Hash(Path.ChangeExtension(_fixtures.WovenAssembly, ".pdb"));
        var result = AssemblyWeaver.Weave(FixtureBuild.RequestFor(_fixtures.WovenAssembly));
        Assert.Equal(WeaveOutcome.AlreadyWoven, result.Outcome);
        Assert.Equal(0, result.MethodsWoven);
        Assert.Equal(before, Hash(_fixtures.WovenAssembly) + Hash(Path.ChangeExtension(_fixtures.WovenAssembly, ".pdb")));
    }

    [Fact]
    public void Weaving_the_same_input_twice_gives_byte_identical_assembly_and_symbols()
    {
        using var dir = new TempDirectory();
        var copy = FixtureBuild.CopyTo(dir.Path);
        Assert.Equal(WeaveOutcome.Woven, AssemblyWeaver.Weave(FixtureBuild.RequestFor(copy)).Outcome);
        Assert.Equal(Hash(_fixtures.WovenAssembly), Hash(copy));
        Assert.Equal(Hash(Path.ChangeExtension(_fixtures.WovenAssembly, ".pdb")), Hash(Path.ChangeExtension(copy, ".pdb")));
        Assert.NotEqual(Hash(_fixtures.PlainAssembly), Hash(copy));
    }

    [Theory]
    [InlineData("SyncShapes", "MultipleReturns")]
    [InlineData("SyncShapes", "TryCatchFinallyInside")]
    [InlineData("Dog", ".ctor")]
    [InlineData("Meters", "Doubled")]
    [InlineData("<DelayAsync>d__3", "MoveNext")]
    [InlineData("<Count>d__0", "MoveNext")]
    public void Sequence_points_of_a_woven_method_still_map_to_its_original_lines(string type, string method)
    {
        var plain = SequencePoints.Of(_fixtures.PlainAssembly, type, method);
        var woven = SequencePoints.Of(_fixtures.WovenAssembly, type, method);
        Assert.NotEmpty(plain.Points);
        Assert.Equal(plain.Points, woven.Points);
        Assert.True(woven.IlSize > plain.IlSize, "the method should have been woven");
    }

    [Theory]
    [InlineData("FT0001", "Animal.cs", "public abstract string Sound()")]
    [InlineData("FT0002", "NoTraceShapes.cs", "public static extern int ExternPid()")]
    [InlineData("FT0003", "NoTraceShapes.cs", "public static void Skipped()")]
    public void Members_that_cannot_be_woven_get_a_coded_diagnostic_with_file_and_line(string code, string file, string declaration)
    {
        var diagnostic = Assert.Single(_fixtures.Result.Diagnostics, d => d.Code == code && d.File!.EndsWith(file, System.StringComparison.Ordinal));
        Assert.Equal(WeaveDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(SourceLines.LineOf(file, declaration), diagnostic.Line);
        Assert.Contains("FlowTest.Weaving.Fixtures.", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_fails_with_one_coded_error_and_is_left_alone()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("broken.dll");
        File.WriteAllText(path, "not a PE file");

        var result = AssemblyWeaver.Weave(new WeaveRequest(path));

        Assert.Equal(WeaveOutcome.Failed, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("FT0010", error.Code);
        Assert.Equal(WeaveDiagnosticSeverity.Error, error.Severity);
        Assert.Equal("not a PE file", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_strong_name_key_fails_with_a_coded_error_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        var copy = FixtureBuild.CopyTo(dir.Path);
        var before = Hash(copy);
        var request = FixtureBuild.RequestFor(copy);
        request.StrongNameKeyFile = dir.Combine("missing.snk");

        var result = AssemblyWeaver.Weave(request);

        Assert.Equal(WeaveOutcome.Failed, result.Outcome);
        Assert.Equal("FT0011", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Hash(copy));
    }

    private static string Hash(string path) => System.Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
