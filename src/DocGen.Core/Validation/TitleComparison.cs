using System.Text;

namespace DocGen.Core.Validation;

/// <summary>
/// Compares the header title with the citation's: white space, curly versus straight quotes and the punctuation the
/// two export forms put inside the closing quote do not count as differences; anything else does.
/// </summary>
public static class TitleComparison
{
    public static bool SameTitle(string header, string citation) => Normalize(header) == Normalize(citation);

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
        }

        while (builder.Length > 0 && builder[builder.Length - 1] is ',' or '.' or ';' or ':')
        {
            builder.Length--;
        }

        return builder.ToString();
    }
}
