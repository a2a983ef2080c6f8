using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Build.Tests.Infrastructure;

namespace FlowTest.Build.Tests.EndToEnd;

[Collection(PackedFeedCollection.Name)]
public sealed class StrongNameTests
{
    private readonly PackedFlowTestFeed _feed;

    public StrongNameTests(PackedFlowTestFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Strong_named_consumer_is_re_signed_after_weaving_and_runs()
    {
        var key = StrongNameKey.Generate();
        var project = ConsumerProject.Create(_feed, "Signed", ConsumerSources.Orders,
            new Dictionary<string, string> { ["SignAssembly"] = "true", ["AssemblyOriginatorKeyFile"] = "key.snk" });
        File.WriteAllBytes(Path.Combine(project.Directory, "key.snk"), key.KeyPairBlob);

        var build = project.Build();
        Assert.True(build.Succeeded, build.Describe());
        var signature = StrongNameSignature.Read(project.BinAssembly);
        var run = project.Run(project.NewArtifactsDirectory());

        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.True(signature.SignedFlag);
        Assert.Equal(key.PublicKey, signature.PublicKey);
        Assert.True(signature.Verifies, "the woven assembly's strong-name signature does not verify");
        Assert.False(StrongNameSignature.Read(WithOneUserStringByteFlipped(project.BinAssembly)).Verifies, "the signature check accepts a changed file");
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void Delay_signed_consumer_stays_delay_signed_after_weaving()
    {
        var key = StrongNameKey.Generate();
        var project = ConsumerProject.Create(_feed, "DelaySigned", ConsumerSources.Orders, new Dictionary<string, string>
        {
            ["SignAssembly"] = "true",
            ["DelaySign"] = "true",
            ["AssemblyOriginatorKeyFile"] = "public.snk",
        });
        File.WriteAllBytes(Path.Combine(project.Directory, "public.snk"), key.PublicKey);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        var signature = StrongNameSignature.Read(project.BinAssembly);
        Assert.True(AssemblyInspection.IsWoven(project.BinAssembly));
        Assert.False(signature.SignedFlag);
        Assert.Equal(key.PublicKey, signature.PublicKey);
        Assert.NotEmpty(signature.Blob);
        Assert.True(signature.Blob.All(b => b == 0), "a delay-signed assembly must keep an empty signature slot");
    }

    private static byte[] WithOneUserStringByteFlipped(string assemblyPath)
    {
        var image = File.ReadAllBytes(assemblyPath);
        var at = image.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("submitted "));
        Assert.True(at > 0);
        image[at] ^= 0x01;
        return image;
    }
}
