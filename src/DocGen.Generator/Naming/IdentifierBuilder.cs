using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Naming;

/// <summary>
/// Turns a document title into a PascalCase C# identifier: "Ciphered Telegram No. 3410, Filippov [Stalin] to
/// Krasovsky" becomes "CipheredTelegramNo3410FilippovStalinToKrasovsky". Letters of any script in the Basic
/// Multilingual Plane are kept (the title is first composed to NFC, so an accent typed as a separate mark stays with
/// its letter); everything else, including letters outside that plane, which C# identifiers cannot hold, separates
/// words. The result depends only on the title, never on culture.
/// </summary>
public static class IdentifierBuilder
{
    public const int MaxLength = 80;

    public static string FromTitle(string title, string fallback)
    {
        var text = Compose(title);
        var builder = new StringBuilder();
        var startOfWord = true;
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (!IsWordCharacter(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        var name = builder.Length == 0 ? "Document" + Fragment(fallback) : builder.ToString();

        // Names start with a capital or a letter of another script, so they are never C# keywords; only a digit needs help.
        return IsLetter(name[0]) ? name : "D" + name;
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

    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (System.ArgumentException)
        {
            // Lone surrogates cannot be normalised; they are not word characters anyway.
            return text;
        }
    }

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
