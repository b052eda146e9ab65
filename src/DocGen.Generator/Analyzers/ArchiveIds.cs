using System;
using System.Collections.Generic;
using System.Threading;
using DocGen.Core.Formats;
using DocGen.Generator.Options;
using DocGen.Generator.Sharing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Analyzers;

/// <summary>The ids of every usable document of the archive, read with the generator's own parser and settings.</summary>
public sealed class ArchiveIds
{
    private readonly HashSet<string> _ids;

    public ArchiveIds(IEnumerable<string> ids)
    {
        _ids = new HashSet<string>(ids, StringComparer.Ordinal);
        var sorted = new List<string>(_ids);
        sorted.Sort(StringComparer.Ordinal);
        All = sorted;
    }

    public IReadOnlyList<string> All { get; }

    public bool Contains(string id) => _ids.Contains(id);

    public static ArchiveIds Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var settings = ArchiveSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var ids = new List<string>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!FileOptions.From(options.AnalyzerConfigOptionsProvider.GetOptions(file)).Counts(file.Path, DocumentReaders.Default))
            {
                continue;
            }

            foreach (var document in SharedParse.Peek(file.Path, file.GetText(cancellationToken), settings.MaxLength, DocumentReaders.Default))
            {
                if (document.IsUsable)
                {
                    ids.Add(document.Id);
                }
            }
        }

        return new ArchiveIds(ids);
    }
}
