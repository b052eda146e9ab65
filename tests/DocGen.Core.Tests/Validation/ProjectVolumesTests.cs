using DocGen.Core.Model;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Validation;

/// <summary>The rule of DG0063, shared by the generator and the docgen tool: only a volume of the project that lacks the target is reported.</summary>
public sealed class ProjectVolumesTests
{
    private static VolumeReference To(string volume, string target) => new(volume + "#" + target, volume, volume + "/" + target, default);

    [Fact]
    public void AVolumeOfTheProjectLacksWhatItDoesNotHoldAndAVolumeOutsideItLacksNothing()
    {
        var volumes = ProjectVolumes.Of(new[] { "frus1951v07p2/d2", "112106" });

        Assert.False(volumes.Lacks(To("frus1951v07p2", "d2")));
        Assert.True(volumes.Lacks(To("frus1951v07p2", "d7")));
        Assert.False(volumes.Lacks(To("frus1999v01", "d1")));
        // A plain id ("112106") names no volume.
        Assert.False(volumes.Lacks(new VolumeReference("112106#d1", "112106", "112106/d1", default)));
    }

    [Fact]
    public void APageAddedAsATargetIsHeldLikeADocument()
    {
        var volumes = ProjectVolumes.Of(new[] { "frus1950v06/d1" });
        Assert.True(volumes.Lacks(To("frus1950v06", "pg_587")));

        volumes.Add("frus1950v06/pg_587");

        Assert.False(volumes.Lacks(To("frus1950v06", "pg_587")));
    }
}
