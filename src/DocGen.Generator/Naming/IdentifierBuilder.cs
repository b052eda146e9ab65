using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Naming;

/// <summary>
/// Turns a document title into a PascalCase C# identifier: "Ciphered Telegram No. 3410, Filippov [Stalin] to
/// Krasovsky" becomes "CipheredTelegramNo3410FilippovStalinToKrasovsky". Letters of any script are kept; everything
/// else separates words. The result depends only on the title, never on culture.
/// </summary>
public static class IdentifierBuilder
{
    public const int MaxLength = 80;

    public static string FromTitle(string title, string fallback)
    {
        var builder = new StringBuilder();
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!IsWordCharacter(c))
            {
                startOfWord = true;
                continue;
            }

            if (startOfWord && builder.Length >= MaxLength)
            {
                break;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        var name = builder.Length == 0 ? Sanitize(fallback) : builder.ToString();
        return MakeValid(name);
    }

    /// <summary>Whether <paramref name="name"/> can be used as written: a valid identifier that is not a keyword.</summary>
    public static bool IsUsable(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !name.StartsWith("@", System.StringComparison.Ordinal);

    /// <summary>Text usable inside an identifier: word characters kept, anything else replaced by '_'.</summary>
    public static string Fragment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsWordCharacter(c) ? c : '_');
        }

        return builder.ToString();
    }

    private static string Sanitize(string text) => "Document" + Fragment(text);

    private static string MakeValid(string name)
    {
        if (!IsLetter(name[0]))
        {
            name = "D" + name;
        }

        // PascalCase names are never keywords, but names from other scripts or lower-case titles might be.
        return IsUsable(name) ? name : name + "_";
    }

    private static bool IsWordCharacter(char c) =>
        IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsLetter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };
}
