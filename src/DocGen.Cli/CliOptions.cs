using System;
using System.Collections.Generic;
using System.Globalization;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Options;

namespace DocGen.Cli;

/// <summary>What the command line asked for, after parsing and validation.</summary>
/// <param name="Command">"check", "export", "help" or "version".</param>
/// <param name="Folder">The archive folder whose <c>**/*.md</c> and <c>**/*.xml</c> files are read, with the authority and CSL files below it.</param>
/// <param name="Format">The export format (export only).</param>
/// <param name="Style">The citation style of the formatted bibliographies (text, markdown, html), as DocGenCitationStyle.</param>
/// <param name="Accessed">The day the online documents were accessed, given to every exported document; null for none.</param>
/// <param name="Output">The export's output file, or null for standard output.</param>
/// <param name="MaxFileSize">Files with more characters are not read (DG0015), as DocGenMaxFileSize.</param>
/// <param name="CatalogName">The catalog class name the member-name checks assume, as DocGenCatalogName.</param>
/// <param name="Namespace">The namespace the catalog checks assume, as DocGenNamespace.</param>
/// <param name="WarningsAsErrors">Report every warning as an error, as DocGenWarningsAsErrors.</param>
/// <param name="ShowInfo">Also print info-level diagnostics, which MSBuild hides at normal verbosity.</param>
/// <param name="Progress">True or false to force the progress line on or off; null to show it only on a terminal.</param>
/// <param name="Excludes">Patterns (<c>*</c> and <c>?</c>) of files that are not documents, matched against the file name and the path below the folder.</param>
public sealed record CliOptions(
    string Command,
    string Folder,
    string? Format,
    CitationStyle Style,
    CalendarDay? Accessed,
    string? Output,
    int MaxFileSize,
    string CatalogName,
    string Namespace,
    bool WarningsAsErrors,
    bool ShowInfo,
    bool? Progress,
    IReadOnlyList<string> Excludes)
{
    /// <summary>
    /// Files about an archive rather than documents of it, left out unless <c>--no-default-excludes</c>: the patterns
    /// of the build's <c>DocGenDefaultExcludes</c> (buildTransitive/DocGen.props; CliTests keeps the two equal).
    /// </summary>
    public static IReadOnlyList<string> DefaultExcludes { get; } = new[]
    {
        "README*.md", "Readme*.md", "readme*.md", "LICENSE*.md", "License*.md", "license*.md", "CHANGELOG*.md", "Changelog*.md", "changelog*.md",
    };

    /// <summary>The export formats, as written on the command line.</summary>
    public static IReadOnlyList<string> Formats { get; } = new[] { "csl-json", "bibtex", "ris", "text", "markdown", "html" };

    /// <summary>The formats that are a formatted bibliography, and so are written in a citation style.</summary>
    public static IReadOnlyList<string> StyledFormats { get; } = new[] { "text", "markdown", "html" };

    /// <summary>The citation styles' names, as <c>--style</c> takes them (any letter case).</summary>
    public static IReadOnlyList<string> Styles { get; } = Enum.GetNames(typeof(CitationStyle));

    /// <summary>Parses the arguments; throws <see cref="UsageException"/> with a message for the user when they are wrong.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given");
        }

        var command = args[0];
        if (command is "-h" or "--help" or "help")
        {
            return Default(args.Count > 1 ? args[1] : "help", help: true);
        }

        if (command == "--version")
        {
            return Default("version", help: false);
        }

        if (command is not ("check" or "export"))
        {
            throw new UsageException($"unknown command '{command}'");
        }

        string? folder = null;
        string? format = null;
        CitationStyle? style = null;
        CalendarDay? accessed = null;
        string? output = null;
        var maxFileSize = ArchiveDocumentParser.DefaultMaxLength;
        var catalogName = "Archive";
        var ns = string.Empty;
        var warningsAsErrors = false;
        var showInfo = false;
        bool? progress = null;
        var excludes = new List<string>();
        var defaultExcludes = true;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return Default(command, help: true);
                case "-f" or "--format" when command == "export":
                    format = Value(args, ref i, arg);
                    if (!Contains(Formats, format))
                    {
                        throw new UsageException($"unknown format '{format}'; use one of {string.Join(", ", Formats)}");
                    }

                    break;
                case "--style" when command == "export":
                    style = ParseStyle(Value(args, ref i, arg));
                    break;
                case "--accessed" when command == "export":
                    accessed = ParseDay(Value(args, ref i, arg));
                    break;
                case "-o" or "--output" when command == "export":
                    output = Value(args, ref i, arg);
                    break;
                case "--max-file-size":
                    var text = Value(args, ref i, arg);
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out maxFileSize) || maxFileSize <= 0)
                    {
                        throw new UsageException($"--max-file-size needs a positive whole number of characters, not '{text}'");
                    }

                    break;
                case "--catalog-name" when command == "check":
                    catalogName = Value(args, ref i, arg);
                    break;
                case "--namespace" when command == "check":
                    ns = Value(args, ref i, arg);
                    break;
                case "--warnings-as-errors" when command == "check":
                    warningsAsErrors = true;
                    break;
                case "--info" when command == "check":
                    showInfo = true;
                    break;
                case "--exclude":
                    excludes.Add(Value(args, ref i, arg));
                    break;
                case "--no-default-excludes":
                    defaultExcludes = false;
                    break;
                case "--progress":
                    progress = true;
                    break;
                case "--no-progress":
                    progress = false;
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) || folder is not null)
                    {
                        throw new UsageException($"'{arg}' is not an option of '{command}'");
                    }

                    folder = arg;
                    break;
            }
        }

        if (folder is null)
        {
            throw new UsageException($"'{command}' needs the archive folder");
        }

        if (command == "export" && format is null)
        {
            throw new UsageException($"'export' needs --format ({string.Join(", ", Formats)})");
        }

        if (style is not null && !Contains(StyledFormats, format!))
        {
            throw new UsageException($"--style applies to the formatted bibliographies ({string.Join(", ", StyledFormats)}); {format} carries no style");
        }

        if (defaultExcludes)
        {
            excludes.AddRange(DefaultExcludes);
        }

        // The default of DocGenCitationStyle.
        return new CliOptions(command, folder, format, style ?? CitationStyle.ChicagoNotesBibliography, accessed, output, maxFileSize, catalogName, ns, warningsAsErrors, showInfo, progress, excludes);
    }

    private static CliOptions Default(string command, bool help) =>
        new(help ? "help" : command, help ? command : string.Empty, null, CitationStyle.ChicagoNotesBibliography, null, null, ArchiveDocumentParser.DefaultMaxLength, "Archive", string.Empty, false, false, null, Array.Empty<string>());

    /// <summary>
    /// A style name read by the generator's own rule for DocGenCitationStyle. Its enum and the runtime's are compiled
    /// from one source file (src/Shared/Citations/CitationStyle.cs), so their values agree.
    /// </summary>
    private static CitationStyle ParseStyle(string name) =>
        CitationSettings.Parse(name) is { } style
            ? (CitationStyle)(int)style
            : throw new UsageException($"unknown style '{name}'; use one of {string.Join(", ", Styles)}");

    /// <summary>A day written yyyy-mm-dd (ISO 8601's calendar date: numeric, yet never ambiguous about its order).</summary>
    private static CalendarDay ParseDay(string text)
    {
        var shaped = text.Length == 10 && text[4] == '-' && text[7] == '-';
        for (var i = 0; shaped && i < text.Length; i++)
        {
            shaped = i is 4 or 7 || text[i] is >= '0' and <= '9';
        }

        if (!shaped)
        {
            throw new UsageException($"--accessed needs a day written yyyy-mm-dd, such as 2024-03-01, not '{text}'");
        }

        var year = int.Parse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(text.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        try
        {
            // CalendarDay itself says which days exist.
            return new CalendarDay(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException($"--accessed: '{text}' is not a day of the calendar (year, month and day in that order)");
        }
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{option} needs a value");
        }

        i++;
        return args[i];
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A command line that cannot be run; its message tells the user what to change.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with the message for the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
