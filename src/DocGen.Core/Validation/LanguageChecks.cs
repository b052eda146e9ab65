using System;
using System.Collections.Generic;
using DocGen.Core.Citations;
using DocGen.Core.Formatting;
using DocGen.Core.Languages;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Validation;

/// <summary>Reports original-language names that have no known language tag, at the name itself.</summary>
internal static class LanguageChecks
{
    public static void Check(List<string> languages, TextMap text, List<ParseProblem> problems)
    {
        var from = 0;
        foreach (var language in languages)
        {
            var at = text.Text.IndexOf(language, from, StringComparison.Ordinal);
            ScanSteps.Add((at < 0 ? text.Text.Length : at + language.Length) - from);
            if (at < 0)
            {
                continue;
            }

            from = at + language.Length;
            if (LanguageTags.For(language) is null)
            {
                problems.Add(new ParseProblem(ProblemCode.UnknownLanguage, text.Map(new TextRange(at, language.Length)), language));
            }
        }
    }
}
