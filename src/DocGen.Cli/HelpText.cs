namespace DocGen.Cli;

/// <summary>What <c>docgen --help</c> and <c>docgen COMMAND --help</c> print: every command and option, explained.</summary>
public static class HelpText
{
    /// <summary>The overview: commands, common options, exit codes.</summary>
    public const string General = """
        docgen: check and export an archive of historical documents (DocGen's Markdown format).

        Usage:
          docgen check <folder> [options]     report every problem, as `dotnet build` would
          docgen export <folder> --format <csl-json|bibtex|ris|text|markdown|html> [--output <file>] [options]
          docgen <command> --help             the options of one command
          docgen --version                    the tool's version

        Every file matching <folder>/**/*.md or <folder>/**/*.xml is read, as with the package's default glob, and
        every authority file (people.txt, *.people.txt) and CSL file (*.csl, locales-xx-XX.xml) below the folder.

        Exit codes:
          0  no errors
          1  the archive has errors (each one is printed)
          2  the command line is wrong (the message says what to change), the folder cannot be read,
             or the export cannot be written
        """;

    /// <summary>The check command's options.</summary>
    public const string Check = """
        docgen check <folder> [options]

        Reads every <folder>/**/*.md and **/*.xml file with the generator's own readers and checks, and prints each
        diagnostic in MSBuild's form, `path(line,column): severity id: message`, ordered by path and position, then a
        summary.
        Cross-file checks are included: two documents with one id (DG0012), member names that collide (DG0013)
        and shelfmarks cited twice (DG0024), references to another volume of the folder that lacks the document
        (DG0063), volumes' persons and terms lists (DG0055-DG0059), places (DG0060, DG0061), authority files
        (DG0064-DG0067) and CSL files (DG0050-DG0054). The folders below <folder> are collections, as below a
        build's DocGenArchiveFolder.

        Options:
          --max-file-size <chars>  files with more characters are not read (DG0015); as the MSBuild property
                                   DocGenMaxFileSize (default 8388608)
          --catalog-name <name>    the catalog class name to check member names against; as DocGenCatalogName
                                   (default Archive)
          --namespace <name>       the catalog's namespace; as DocGenNamespace (default: none)
          --exclude <pattern>      leave out files that are not documents (a README, say); * and ? match
                                   within the file name or the path below the folder; repeat for more
                                   (the MSBuild equivalent is DocGenInclude="false" on the file)
          --no-default-excludes    also read README*.md, LICENSE*.md and CHANGELOG*.md, which are left out by
                                   default, as the build's DocGenDefaultExcludes leaves them out
          --warnings-as-errors     report every warning as an error (and exit 1); as DocGenWarningsAsErrors
          --info                   also print info diagnostics (DG0007, DG0058 and the others the diagnostics
                                   list marks info), which MSBuild shows only at detailed verbosity
          --progress               print a progress line on standard error even when it is not a terminal
          --no-progress            never print the progress line (by default it shows only on a terminal)
          -h, --help               this text
        """;

    /// <summary>The export command's options.</summary>
    public const string Export = """
        docgen export <folder> --format <format> [options]

        Reads every <folder>/**/*.md and **/*.xml file, maps each document to DocGen's runtime ArchiveDocument (the
        type the generated code builds) and writes the whole archive with the runtime library's ArchiveExports, in catalog
        order: the order of the generated Archive.All (by date, undated last, then by id), not the files' order.
        An archive with errors is not exported: the errors are printed on standard error and the exit code is 1.

        Options:
          -f, --format <format>    csl-json (CSL JSON, for Zotero and Pandoc), bibtex (biblatex), ris, or a
                                   bibliography in --style, one entry a line: text, markdown or html
          --style <style>          the bibliography's citation style (text, markdown and html only):
                                   ChicagoNotesBibliography (default), ChicagoAuthorDate, Apa or Mla, any case;
                                   as DocGenCitationStyle
          --accessed <yyyy-mm-dd>  the day the online documents were accessed: CSL JSON's accessed, biblatex's
                                   urldate, RIS's Y2; the styles print it only for undated documents
          -o, --output <file>      write to this file instead of standard output
          --max-file-size <chars>  files with more characters are not read (DG0015); default 8388608
          --exclude <pattern>      leave out files that are not documents; as for check
          --progress               print a progress line on standard error even when it is not a terminal
          --no-progress            never print the progress line (by default it shows only on a terminal)
          -h, --help               this text
        """;

    /// <summary>The help for a command name, or the overview for anything else.</summary>
    public static string For(string command) => command switch
    {
        "check" => Check,
        "export" => Export,
        _ => General,
    };
}
