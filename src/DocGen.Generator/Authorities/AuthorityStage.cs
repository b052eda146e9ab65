using System;
using System.Linq;
using DocGen.Core.Formats;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Authorities;

/// <summary>The per-file step that reads a TEI volume's persons and terms lists; null for any other file, or a volume with neither list.</summary>
public static class AuthorityStage
{
    public static AuthorityReading? Read(DocumentInput input) => Read(input, AuthorityListReader.Read);

    /// <summary>
    /// The same with the reading passed in, so a test can make it throw (no known input does): a fault costs the
    /// volume its lists, reported as DG0014 at the start of the file, and never the generator's run.
    /// </summary>
    internal static AuthorityReading? Read(DocumentInput input, Func<string, AuthorityLists> read)
    {
        if (!TeiReader.Instance.Accepts(input.Path, input.Text) || FileSizeLimit.Exceeded(input.Path, input.Text, input.MaxLength) is not null)
        {
            return null;
        }

        AuthorityLists lists;
        try
        {
            lists = read(input.Text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var fault = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, input.Path, default, exception.GetType().Name + ": " + exception.Message);
            return new AuthorityReading(input.Path, EquatableArray<AuthorityPerson>.Empty, EquatableArray<AuthorityTerm>.Empty, new[] { fault }.ToEquatableArray());
        }

        if (lists.Persons.IsEmpty && lists.Terms.IsEmpty && lists.Problems.IsEmpty)
        {
            return null;
        }

        var diagnostics = lists.Problems.Select(problem => ProblemDiagnostics.ToInfo(problem, input.Path, null)).ToEquatableArray();
        return new AuthorityReading(input.Path, lists.Persons, lists.Terms, diagnostics) { Mentions = lists.Mentions };
    }
}
