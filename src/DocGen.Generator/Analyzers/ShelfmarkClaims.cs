using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocGen.Core.Text;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Analyzers;

/// <summary>One document's claim to a shelfmark, with where the document writes it.</summary>
public sealed record ShelfmarkClaim(string Key, string Raw, string Path, SourceSpan Span);

/// <summary>
/// Finds shelfmarks that two documents both cite. The first file in ordinal path order keeps the shelfmark; each
/// later one is warned, naming the first, so the result does not depend on analysis order.
/// </summary>
public static class ShelfmarkClaims
{
    /// <summary>Shelfmarks compare ignoring case, spacing and the period after a label ("f.45" is "F. 45").</summary>
    public static string Key(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (!char.IsWhiteSpace(c) && c != '.')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static void Report(IEnumerable<ShelfmarkClaim> claims, Action<Diagnostic> report)
    {
        foreach (var group in claims.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
            var first = ordered[0];
            var later = ordered.Where(c => c.Path != first.Path).GroupBy(c => c.Path, StringComparer.Ordinal).Select(g => g.First());
            foreach (var claim in later)
            {
                report(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateShelfmark.Id, claim.Path, claim.Span, claim.Raw, first.Path).ToDiagnostic());
            }
        }
    }
}
