using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using DocGen.Core.Formats;
using DocGen.Core.Formats.People;
using DocGen.Core.Model;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Authorities;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Naming;
using DocGen.Generator.Options;
using DocGen.Generator.People;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Styles;
using Microsoft.CodeAnalysis;

namespace DocGen.Cli;

/// <summary>The documents of a folder and every diagnostic about them, in a stable order.</summary>
/// <param name="FileCount">How many files were read.</param>
/// <param name="Documents">The parsed documents, in ordinal path order (usable or not).</param>
/// <param name="Catalog">The documents the generated catalog holds, in the order of its <c>All</c> (the generator's <see cref="CatalogPlanner"/> orders them).</param>
/// <param name="Diagnostics">Every diagnostic, ordered by path, position and id.</param>
public sealed record CheckResult(int FileCount, IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<ParsedDocument> Catalog, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Runs the checks the analyzer and the generator run in a build, on the files of a folder: each file through
/// <see cref="ArchiveFileCheck"/>, then the cross-file checks (<see cref="CatalogPlanner"/> for duplicate ids and
/// member names, <see cref="ShelfmarkClaims"/> for shared shelfmarks) and the project-wide ones
/// (<see cref="ProjectChecks"/>). Messages and severities come from the generator's own table, so nothing here can
/// drift from what `dotnet build` prints.
/// </summary>
public static class ArchiveChecker
{
    /// <summary>
    /// The archive's files: every file below <paramref name="folder"/> with a format's extension (<c>**/*.md</c>,
    /// <c>**/*.xml</c>: <see cref="DocumentReaders.HasExtensionOf"/>, as the build's default glob), an authority
    /// file's name (<c>people.txt</c>, <c>*.people.txt</c>: <see cref="PeopleFile.Is"/>) or a CSL file's
    /// (<see cref="CslFiles.Is"/>), that no pattern of
    /// <paramref name="excludes"/> matches, as paths that start with the folder as given, in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, IReadOnlyList<string> excludes)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => DocumentReaders.Default.HasExtensionOf(path) || PeopleFile.Is(path) || CslFiles.Is(path))
            .Select(path => Path.GetRelativePath(folder, path))
            .Where(relative => !excludes.Any(pattern => Matches(pattern, relative)))
            .Select(relative => Path.Combine(folder, relative))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Checks <paramref name="files"/>; <paramref name="progress"/> hears after each file how many are done.</summary>
    public static CheckResult Check(IReadOnlyList<string> files, CliOptions options, Action<int>? progress = null)
    {
        var diagnostics = new List<Diagnostic>();
        var claims = new List<ShelfmarkClaim>();
        var documents = new List<ParsedInput>(files.Count);
        var keys = ImmutableArray.CreateBuilder<DocumentKey>();
        var others = new ProjectFiles();
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            if (!ReadOther(path, others))
            {
                // The folder checked is the archive folder: the folders below it are the files' collections, as in a build.
                var folders = ArchiveFolder.FoldersBelow(options.Folder, path).ToEquatableArray();
                foreach (var input in DocumentStage.Inputs(CheckFile(path, options.MaxFileSize, diagnostics, claims, others), null, null, null, folders, path))
                {
                    documents.Add(input);
                    if (input.Key is { } key)
                    {
                        keys.Add(key);
                    }
                }
            }

            progress?.Invoke(i + 1);
        }

        ShelfmarkClaims.Report(claims, diagnostics.Add);
        var plan = CatalogPlanner.Plan(keys.ToImmutable(), new GeneratorOptions(options.Namespace, options.CatalogName, Nullable: true));
        diagnostics.AddRange(plan.Diagnostics.Select(info => info.ToDiagnostic()));
        diagnostics.AddRange(ProjectChecks.Run(documents, others, plan).Select(info => info.ToDiagnostic()));
        var byAddress = documents.ToDictionary(input => input.Address, StringComparer.Ordinal);
        var catalog = plan.Entries.Select(entry => byAddress[entry.Address].Document).ToList();
        return new CheckResult(files.Count, documents.Select(input => input.Document).ToList(), catalog, Order(diagnostics));
    }

    private static bool Matches(string pattern, string relative) =>
        FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(relative))
        || FileSystemName.MatchesSimpleExpression(pattern.Replace('\\', '/'), relative.Replace('\\', '/'));

    // An authority file or a CSL file is no document: the build reads each with its own step (FileOptions.Counts).
    private static bool ReadOther(string path, ProjectFiles others)
    {
        if (PeopleFile.Is(path))
        {
            others.People.Add(PeopleReading.Read(path, DecodeAsFileReadAllText(File.ReadAllBytes(path))));
            return true;
        }

        if (CslFiles.Is(path))
        {
            others.Styles.Add(new CslFileInput(path, DecodeAsFileReadAllText(File.ReadAllBytes(path))));
            return true;
        }

        return false;
    }

    private static IReadOnlyList<ParsedDocument> CheckFile(string path, int maxLength, List<Diagnostic> diagnostics, List<ShelfmarkClaim> claims, ProjectFiles others)
    {
        // The bytes first, as the build does: a file that is not text or not UTF-8 is reported and not parsed.
        var bytes = File.ReadAllBytes(path);
        var text = DecodeAsFileReadAllText(bytes);
        if (TextCheck.Check(path, bytes, text, null) is { } problem)
        {
            diagnostics.Add(problem.ToDiagnostic());
            return new[] { ParsedDocument.Unusable(path) };
        }

        try
        {
            var documents = ArchiveFileCheck.Run(path, text, maxLength, DocumentReaders.Default, null, info => diagnostics.Add(info.ToDiagnostic()), claims.Add);
            if (AuthorityStage.Read(new DocumentInput(path, text, null, maxLength, null)) is { } lists)
            {
                others.Volumes.Add(lists);
            }

            return documents;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // As in the build: a parser bug costs this document (DG0014), never the rest of the archive.
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, path, default, exception.GetType().Name + ": " + exception.Message);
            diagnostics.Add(info.ToDiagnostic());
            return new[] { ParsedDocument.Unusable(path) };
        }
    }

    private static string DecodeAsFileReadAllText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static List<Diagnostic> Order(List<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
        .ToList();
}
