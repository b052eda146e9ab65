using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Naming;

/// <summary>
/// Turns a document title into a PascalCase C# identifier: "Ciphered Telegram No. 3410, Filippov [Stalin] to
/// Krasovsky" becomes "CipheredTelegramNo3410FilippovStalinToKrasovsky". Letters of any script in the Basic
/// Multilingual Plane are kept (an accent typed as a separate mark is first composed with its letter, see
/// <see cref="Composition"/>); an apostrophe inside a word is dropped ("People's" becomes "Peoples"); everything else,
/// including letters outside that plane, which C# identifiers cannot hold, separates words. Names keep whole words
/// up to <see cref="MaxLength"/> characters. The result depends only on the title, never on culture or ICU.
/// </summary>
public static class IdentifierBuilder
{
    public const int MaxLength = 80;

    public static string FromTitle(string title, string fallback)
    {
        var text = Composition.Compose(title);
        var name = new StringBuilder();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordCharacter(text[i]))
            {
                word.Append(word.Length == 0 ? char.ToUpperInvariant(text[i]) : text[i]);
                continue;
            }

            // "People's", "People’s": the apostrophe joins the letters on its two sides into one word.
            if (i < text.Length && IsApostrophe(text[i]) && word.Length > 0 && i + 1 < text.Length && IsWordCharacter(text[i + 1]))
            {
                continue;
            }

            if (name.Length + word.Length > MaxLength)
            {
                // A word that does not fit is left out whole; only a first word longer than the cap is cut.
                if (name.Length == 0)
                {
                    name.Append(word.ToString(0, MaxLength));
                }

                break;
            }

            name.Append(word);
            word.Clear();
        }

        var result = name.Length == 0 ? "Document" + Fragment(fallback) : name.ToString();

        // Names start with a capital or a letter of another script, so they are never C# keywords; only a digit needs help.
        return IsLetter(result[0]) ? result : "D" + result;
    }

    /// <summary>
    /// Whether <paramref name="name"/> can be used as written: a valid identifier, not a keyword, and free of
    /// invisible format characters (C# ignores those when comparing names, so they would make hidden duplicates).
    /// </summary>
    public static bool IsUsable(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name)
            || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

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

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // Surrogate halves have their own category, so letters outside the BMP never count as word characters.
    private static bool IsWordCharacter(char c) =>
        IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsLetter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };
}
