using DocGen;

namespace DocGen.Sample;

/// <summary>
/// Code that relies on archive documents says so with [Cites]: an id that names no document in Archive/ does not
/// compile (DG0030), so a lesson can never point at a missing source.
/// </summary>
[Cites("114925")]
[Cites("230146")]
public static class Lessons
{
    public static string Describe() =>
        $"Lesson sources: {Archive.Get("114925").Title}; {Archive.Get("230146").Date.Text}.";
}
