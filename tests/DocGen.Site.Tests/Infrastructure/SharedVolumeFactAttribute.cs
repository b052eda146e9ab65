using System;

namespace DocGen.Site.Tests.Infrastructure;

/// <summary>A test of the shared FRUS volume the site shows; skipped, with the reason printed, where ../shared is not beside the repository.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedVolumeFactAttribute : FactAttribute
{
    public SharedVolumeFactAttribute()
    {
        if (Volumes.SharedVolumePath() is null)
        {
            Skip = Volumes.MissingReason;
        }
    }
}
