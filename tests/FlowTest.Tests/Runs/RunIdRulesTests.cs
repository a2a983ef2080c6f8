using System;
using FlowTest.Runs;

namespace FlowTest.Tests.Runs;

public sealed class RunIdRulesTests
{
    [Fact]
    public void Generated_ids_have_the_timestamp_and_six_hex_form()
    {
        var id = RunIdRules.Generate(new DateTime(2026, 11, 22, 10, 5, 7, DateTimeKind.Utc), new Random(1));
        Assert.Matches("^20261122T100507Z-[0-9a-f]{6}$", id);
    }

    [Theory]
    [InlineData("ci-build_42.1", "ci-build_42.1")]
    [InlineData("../../x", "x")]
    [InlineData("..", null)]
    [InlineData(".", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("a/b\\c:d*e", "a-b-c-d-e")]
    [InlineData("run id with spaces", "run-id-with-spaces")]
    [InlineData(".hidden", "hidden")]
    [InlineData("ünïcødé", "n-c-d")]
    public void User_run_ids_are_sanitized_to_one_safe_path_segment(string raw, string? expected)
    {
        Assert.Equal(expected, RunIdRules.Sanitize(raw));
    }

    [Fact]
    public void Overlong_run_ids_are_cut_to_the_maximum()
    {
        var sanitized = RunIdRules.Sanitize(new string('a', 500));
        Assert.Equal(RunIdRules.MaxLength, sanitized!.Length);
        Assert.True(RunIdRules.IsValid(sanitized));
    }
}
