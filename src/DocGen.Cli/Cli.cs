using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DocGen.Cli;

/// <summary>The docgen command: parses the arguments, runs a command, and returns the exit code (see <see cref="HelpText.General"/>).</summary>
public static class Cli
{
    /// <summary>No errors.</summary>
    public const int Success = 0;

    /// <summary>The archive has errors.</summary>
    public const int ArchiveErrors = 1;

    /// <summary>The command line is wrong or the folder cannot be read.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (UsageException exception)
        {
            error.WriteLine("docgen: " + exception.Message);
            error.WriteLine("Run 'docgen --help' for the commands and their options.");
            return UsageError;
        }

        switch (options.Command)
        {
            case "help":
                output.Write(HelpText.For(options.Folder));
                output.WriteLine();
                return Success;
            case "version":
                output.WriteLine(typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return Success;
        }

        if (!Directory.Exists(options.Folder))
        {
            error.WriteLine($"docgen: the folder '{options.Folder}' does not exist");
            return UsageError;
        }

        CheckResult result;
        try
        {
            var files = ArchiveChecker.Files(options.Folder, options.Excludes);
            var progress = ProgressLine.Wanted(options.Progress, errorIsTerminal, files.Count) ? new ProgressLine(error, files.Count, errorIsTerminal) : null;
            result = ArchiveChecker.Check(files, options, progress is null ? null : progress.Report);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("docgen: cannot read the archive: " + exception.Message);
            return UsageError;
        }

        return options.Command == "check" ? Check(result, options, output) : Export(result, options, output, error);
    }

    private static int Check(CheckResult result, CliOptions options, TextWriter output)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            var severity = DiagnosticFormat.Severity(diagnostic, options.WarningsAsErrors);
            errors += severity == DiagnosticSeverity.Error ? 1 : 0;
            warnings += severity == DiagnosticSeverity.Warning ? 1 : 0;
            if (severity != DiagnosticSeverity.Info || options.ShowInfo)
            {
                output.WriteLine(DiagnosticFormat.Format(diagnostic, options.WarningsAsErrors));
            }
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} files checked: {1} error(s), {2} warning(s)", result.FileCount, errors, warnings));
        return errors > 0 ? ArchiveErrors : Success;
    }

    private static int Export(CheckResult result, CliOptions options, TextWriter output, TextWriter error)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var diagnostic in errors)
            {
                error.WriteLine(DiagnosticFormat.Format(diagnostic, warningsAsErrors: false));
            }

            error.WriteLine($"docgen: the archive has {errors.Count} error(s) and is not exported; 'docgen check' lists every problem");
            return ArchiveErrors;
        }

        var documents = result.Catalog.Select(DocumentMapper.ToArchiveDocument).ToList();
        if (options.Output is null)
        {
            Exporters.Export(documents, options, output);
        }
        else
        {
            try
            {
                using var file = new StreamWriter(options.Output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Exporters.Export(documents, options, file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"docgen: cannot write '{options.Output}': {exception.Message}");
                return UsageError;
            }

            error.WriteLine($"docgen: wrote {documents.Count} document(s) to {options.Output}");
        }

        return Success;
    }
}
