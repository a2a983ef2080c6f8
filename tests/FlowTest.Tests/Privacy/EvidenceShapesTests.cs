using System;
using System.Collections.Generic;
using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class EvidenceShapesTests
{
    [Theory]
    [InlineData(typeof(int))]
    [InlineData(typeof(string))]
    [InlineData(typeof(decimal))]
    [InlineData(typeof(DateTime))]
    [InlineData(typeof(DateTimeOffset))]
    [InlineData(typeof(TimeSpan))]
    [InlineData(typeof(Guid))]
    [InlineData(typeof(DayOfWeek))]
    [InlineData(typeof(int?))]
    public void Immutable_scalars_can_be_captured_later(Type type)
    {
        Assert.True(EvidenceShapes.CanDeferCapture(type));
    }

    [Theory]
    [InlineData(typeof(int[]))]
    [InlineData(typeof(List<int>))]
    [InlineData(typeof(Dictionary<string, string>))]
    [InlineData(typeof(Uri))]
    [InlineData(typeof(object))]
    [InlineData(typeof(Version))]
    public void Mutable_or_open_types_must_be_captured_now(Type type)
    {
        Assert.False(EvidenceShapes.CanDeferCapture(type));
    }

    [Fact]
    public void Anonymous_types_of_immutable_members_can_be_captured_later()
    {
        var evidence = new { orderId = 7, name = "x", when = DateTime.UtcNow, inner = new { ok = true, ratio = 0.5m } };

        Assert.True(EvidenceShapes.CanDeferCapture(evidence.GetType()));
    }

    [Fact]
    public void Anonymous_types_holding_a_collection_or_object_must_be_captured_now()
    {
        Assert.False(EvidenceShapes.CanDeferCapture(new { items = new List<int>() }.GetType()));
        Assert.False(EvidenceShapes.CanDeferCapture(new { inner = new { data = new int[1] } }.GetType()));
        Assert.False(EvidenceShapes.CanDeferCapture(new { any = (object)1 }.GetType()));
    }

    [Fact]
    public void Only_compiler_generated_anonymous_types_count_as_anonymous()
    {
        Assert.True(EvidenceShapes.IsAnonymous(new { a = 1 }.GetType()));
        Assert.False(EvidenceShapes.IsAnonymous(typeof(Tuple<int>)));
        Assert.False(EvidenceShapes.CanDeferCapture(typeof(SecretCorpus.Customer)));
    }
}
