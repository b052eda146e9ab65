using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Where the archive folder is (DocGenArchiveFolder, against the project's folder), so each file's folders under it
/// name its collections. A file outside it, or a build that does not say, belongs to no collection.
/// </summary>
public static class ArchiveFolder
{
    public const string FolderKey = "build_property.DocGenArchiveFolder";
    public const string ProjectKey = ArchiveSettings.ProjectDirectoryKey;

    /// <summary>
    /// The file's collections, outermost first: the ones its DocGenCollection metadata names ("Korea/Seoul"), or else
    /// the folders between the archive folder and the file.
    /// </summary>
    public static string[] CollectionsOf(string path, FileOptions file, AnalyzerConfigOptions global) =>
        file.Collection is { } named
            ? named.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).Where(part => part.Length > 0).ToArray()
            : FoldersOf(path, global);

    /// <summary>The folders between the archive folder and the file at <paramref name="path"/>, outermost first.</summary>
    public static string[] FoldersOf(string path, AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue(FolderKey, out var folder) || string.IsNullOrWhiteSpace(folder))
        {
            return Array.Empty<string>();
        }

        global.TryGetValue(ProjectKey, out var project);
        return FoldersBelow(IsRooted(folder!) || string.IsNullOrEmpty(project) ? folder! : project!.TrimEnd('/', '\\') + "/" + folder, path);
    }

    /// <summary>
    /// The folders between <paramref name="archiveFolder"/> and the file at <paramref name="path"/>, outermost first;
    /// none for a file outside it. The <c>docgen</c> tool takes the folder it checks as the archive folder.
    /// </summary>
    public static string[] FoldersBelow(string archiveFolder, string path)
    {
        var root = Normalize(archiveFolder).TrimEnd('/') + "/";
        var file = Normalize(path);
        if (!file.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            return Array.Empty<string>();
        }

        var parts = file.Substring(root.Length).Split('/');
        var folders = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].Length > 0 && parts[i] != ".")
            {
                folders.Add(parts[i]);
            }
        }

        return folders.ToArray();
    }

    private static bool IsRooted(string folder) => folder.StartsWith("/", StringComparison.Ordinal) || (folder.Length > 1 && folder[1] == ':');

    /// <summary>Forward slashes and no "/./" parts, so the two paths compare as text.</summary>
    private static string Normalize(string path) => path.Trim().Replace('\\', '/').Replace("/./", "/");
}
