using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Csl.Data;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>Renders one name: display or sort order, short form, initials, particles and suffix, and the
/// family and given name-part formatting.</summary>
internal static class NameFormatter
{
    [MethodImpl(Jit.Optimized)]
    public static Node Render(CslName name, NameOptions options, NameElement? element, bool inverted, RenderContext ctx)
    {
        var familyFormatting = element?.FamilyFormatting ?? Formatting.None;
        var givenFormatting = element?.GivenFormatting ?? Formatting.None;
        if (name.IsLiteral)
        {
            return Part(familyFormatting, name.Literal ?? string.Empty, ctx);
        }

        if (string.IsNullOrEmpty(name.Family) && name.Given is { Length: > 0 } only)
        {
            // A given name alone ("Banksy") is the whole name.
            return Part(givenFormatting, only, ctx);
        }

        var family = name.Family ?? string.Empty;
        var given = name.Given;
        var level = ctx.InCitation && ctx.Disambiguation.GivenLevels.TryGetValue(name, out var l) ? l : 0;
        var form = level > 0 && options.Form == "short" ? "long" : options.Form;
        if (given is not null && options.InitializeWith is { } with && !(level == 2 || (level == 1 && options.Form == "long")))
        {
            given = Initials(given, with, options.Initialize, options.InitializeWithHyphen);
        }

        if (IsCjk(family) || (given is not null && IsCjk(given)))
        {
            var text = form == "short" || given is null ? family : family + given;
            return Part(familyFormatting, text, ctx);
        }

        var nonDropping = name.NonDroppingParticle;
        var dropping = name.DroppingParticle;
        if (form == "short" || given is null && dropping is null)
        {
            var shortFamily = Join(nonDropping, family);
            var shortNode = Part(familyFormatting, shortFamily, ctx);
            if (form != "short" && name.Suffix is { } s)
            {
                return Seq(shortNode, new TextNode(name.CommaSuffix ? ", " : " "), Part(Formatting.None, s, ctx));
            }

            return shortNode;
        }

        var nodes = new List<Node>();
        if (!inverted)
        {
            var givenText = Join(given, dropping);
            if (givenText.Length > 0)
            {
                nodes.Add(Part(givenFormatting, givenText, ctx));
                var spaced = givenFormatting.Suffix is { Length: > 0 } s && char.IsWhiteSpace(s[s.Length - 1]);
                nodes.Add(new TextNode(EndsJoined(givenText) || spaced ? string.Empty : " "));
            }

            if (nonDropping is not null)
            {
                // The particle is formatted as the family name, but apart from it.
                nodes.Add(Part(familyFormatting, nonDropping, ctx));
                nodes.Add(new TextNode(EndsJoined(nonDropping) ? string.Empty : " "));
            }

            nodes.Add(Part(familyFormatting, family, ctx));
            if (name.Suffix is { } suffix)
            {
                nodes.Add(new TextNode(name.CommaSuffix ? ", " : " "));
                nodes.Add(Part(Formatting.None, suffix, ctx));
            }

            return Seq(nodes.ToArray());
        }

        var separator = options.SortSeparator;
        var demote = options.DemoteNonDroppingParticle == "display-and-sort" || (ctx.InSortKey && options.DemoteNonDroppingParticle == "sort-only");
        var familyText = demote ? family : Join(nonDropping, family);
        var givenPart = demote ? Join(Join(given, dropping), nonDropping) : Join(given, dropping);
        nodes.Add(Part(familyFormatting, familyText, ctx));
        if (givenPart.Length > 0)
        {
            nodes.Add(new TextNode(separator));
            nodes.Add(Part(givenFormatting, givenPart, ctx));
        }

        if (name.Suffix is { } sortSuffix)
        {
            nodes.Add(new TextNode(separator));
            nodes.Add(Part(Formatting.None, sortSuffix, ctx));
        }

        return Seq(nodes.ToArray());
    }

    /// <summary>
    /// Initials of given names. Words split at spaces, periods and hyphens; a word that ended in a period is an
    /// abbreviation and stays as it is, a lone capital is an initial; other words are reduced to their first letter
    /// when <paramref name="initialize"/>, else kept whole. Lowercase words (particles) stay whole.
    /// </summary>
    internal static string Initials(string given, string with, bool initialize, bool withHyphen)
    {
        var builder = new StringBuilder();
        var i = 0;
        while (i < given.Length)
        {
            var start = i;
            while (i < given.Length && given[i] != ' ' && given[i] != '.' && given[i] != '-')
            {
                i++;
            }

            var word = given.Substring(start, i - start);
            var abbreviation = i < given.Length && given[i] == '.';
            var hyphenBefore = start > 0 && given[start - 1] == '-';
            while (i < given.Length && (given[i] == '.' || given[i] == ' '))
            {
                i++;
            }

            var hyphenAfter = i < given.Length && given[i] == '-';
            if (hyphenAfter)
            {
                i++;
            }

            if (word.Length == 0)
            {
                continue;
            }

            if (hyphenBefore && !char.IsLower(word[0]))
            {
                TrimEnd(builder);
                if (withHyphen)
                {
                    builder.Append('-');
                }
            }

            if (char.IsLower(word[0]))
            {
                if (hyphenBefore)
                {
                    // "Guo-ping": a lowercase part after a hyphen has no initial of its own.
                    continue;
                }

                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                builder.Append(word).Append(' ');
            }
            else if (abbreviation || word.Length == 1)
            {
                builder.Append(word).Append(with);
            }
            else if (initialize)
            {
                // "TSerendorjiin": a two-letter capital opening is one sound, and its initial is "Ts".
                var digraph = word.Length > 2 && char.IsUpper(word[1]) && char.IsLower(word[2]);
                builder.Append(word[0]);
                if (digraph)
                {
                    builder.Append(char.ToLowerInvariant(word[1]));
                }

                builder.Append(with);
            }
            else
            {
                builder.Append(word).Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[builder.Length - 1] == ' ')
        {
            builder.Length--;
        }
    }

    private static string Join(string? first, string? second)
    {
        if (string.IsNullOrEmpty(first))
        {
            return second ?? string.Empty;
        }

        if (string.IsNullOrEmpty(second))
        {
            return first!;
        }

        return EndsJoined(first!) ? first + second : first + " " + second;
    }

    /// <summary>A particle ending in an apostrophe or hyphen ("d'", "al-") runs into the next word.</summary>
    private static bool EndsJoined(string text) =>
        text.Length > 0 && text[text.Length - 1] is '\'' or '\u2019' or '-';

    [MethodImpl(Jit.Optimized)]
    private static Node Part(Formatting formatting, string text, RenderContext ctx)
    {
        var node = new FormatNode(formatting, RichText.Parse(text, ctx.Quotes));
        if (formatting.TextCase is { } textCase)
        {
            TextCase.Apply(node, textCase, null);
        }

        return node;
    }

    private static Node Seq(params Node[] nodes) => new FormatNode(Formatting.None, new List<Node>(nodes));

    private static bool IsCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                return true;
            }
        }

        return false;
    }
}
