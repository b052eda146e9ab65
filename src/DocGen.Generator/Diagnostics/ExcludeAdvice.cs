using System;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// The exact words every message that says to leave a file out of the archive ends with: the project-file line for a
/// build, and the switch for the <c>docgen</c> tool, so the two can never drift apart.
/// </summary>
public static class ExcludeAdvice
{
    /// <param name="path">The file's path as the compiler or the tool has it.</param>
    /// <param name="projectDirectory">The project's folder (MSBuildProjectDirectory), to write the path relative to it.</param>
    public static string For(string path, string? projectDirectory)
    {
        var name = System.IO.Path.GetFileName(path);
        return "<AdditionalFiles Update=\"" + Relative(path, projectDirectory) + "\" DocGenInclude=\"false\" /> in the project file, or --exclude \""
            + name + "\" for docgen check";
    }

    private static string Relative(string path, string? projectDirectory)
    {
        var normal = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return normal;
        }

        var folder = projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
        return normal.StartsWith(folder, StringComparison.OrdinalIgnoreCase) ? normal.Substring(folder.Length) : normal;
    }
}
