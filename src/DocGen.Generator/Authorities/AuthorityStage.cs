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
    public static AuthorityReading? Read(DocumentInput input)
    {
        if (!TeiReader.Instance.Accepts(input.Path, input.Text) || FileSizeLimit.Exceeded(input.Path, input.Text, input.MaxLength) is not null)
        {
            return null;
        }

        var lists = AuthorityListReader.Read(input.Text);
        if (lists.Persons.IsEmpty && lists.Terms.IsEmpty && lists.Problems.IsEmpty)
        {
            return null;
        }

        var diagnostics = lists.Problems.Select(problem => ProblemDiagnostics.ToInfo(problem, input.Path, null)).ToEquatableArray();
        return new AuthorityReading(input.Path, lists.Persons, lists.Terms, diagnostics) { Mentions = lists.Mentions };
    }
}
