using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocGen.Corpus;

/// <summary>One generated archive file: its name (relative, no folder) and its text.</summary>
public sealed record CorpusFile(string FileName, string Text, int BodyBytes);

/// <summary>
/// Writes synthetic documents in the Wilson Center Digital Archive's Markdown export form (see docs/format.md).
/// Document <c>i</c> depends only on the seed and <c>i</c>, so a corpus of N documents is the first N files of any
/// larger corpus with the same seed, and the same seed always gives byte-identical files.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Body size in UTF-8 bytes: a skewed (roughly log-normal) spread from 0.5 KB to 60 KB, mean near 5 KB.</summary>
    private static readonly (double P, int Value)[] BodyBytes =
    {
        (0.0, 500), (0.05, 700), (0.10, 960), (0.20, 1450), (0.30, 1930), (0.40, 2470), (0.50, 3100), (0.60, 3900),
        (0.70, 4980), (0.80, 6620), (0.90, 9850), (0.95, 13650), (0.99, 25200), (0.999, 50000), (1.0, 60000),
    };

    /// <summary>Title length in characters, 40 to 300, most between 50 and 130.</summary>
    private static readonly (double P, int Value)[] TitleLength =
    {
        (0.0, 40), (0.25, 58), (0.55, 80), (0.80, 115), (0.93, 170), (0.99, 250), (1.0, 300),
    };

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static IEnumerable<CorpusFile> Generate(int seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Document(seed, i);
        }
    }

    public static CorpusFile Document(int seed, int index)
    {
        var rng = Prng.ForDocument(seed, index);
        var script = PickScript(rng);
        var title = Title(rng, index, script);
        var date = Date(rng);
        var id = Id(rng, index, title);
        var fileName = (index + 1).ToString("D6", CultureInfo.InvariantCulture) + "_" + Slug(title, index) + ".md";

        var text = new StringBuilder(8192);
        text.Append("\n\n");
        text.Append("**").Append(date).Append("**  \n");
        AppendWrappedTitle(text, rng, title);
        text.Append('\n');

        // Sections: most documents have a citation and a summary, fewer a language and a contents label.
        var hasCitation = !rng.Chance(0.03);
        if (hasCitation)
        {
            var hasUrl = !rng.Chance(0.04);
            Section(text, "Citation", Citation(rng, index, title, date, hasUrl ? id : null));
        }

        if (!rng.Chance(0.10))
        {
            Section(text, "Summary", Summary(rng));
        }

        if (rng.Chance(0.6))
        {
            Section(text, "Original Language", OriginalLanguage(rng, script));
        }

        if (rng.Chance(0.5))
        {
            Section(text, "Contents", rng.Pick(Words.Contents));
        }

        var target = rng.Quantile(BodyBytes);
        var bodyBytes = Body(text, rng, script, target, index);
        return new CorpusFile(fileName, text.ToString(), bodyBytes);
    }

    private enum Script
    {
        Latin,
        Cyrillic,
        Chinese,
        Korean,
    }

    private static Script PickScript(Prng rng)
    {
        var u = rng.NextDouble();
        return u < 0.82 ? Script.Latin : u < 0.91 ? Script.Cyrillic : u < 0.97 ? Script.Chinese : Script.Korean;
    }

    // ---- header -------------------------------------------------------------------------------------------------

    /// <summary>A title whose first words hold the document's serial, so member names stay unique.</summary>
    private static string Title(Prng rng, int index, Script script)
    {
        var serial = (((index + 1) * 10) + rng.Next(10)).ToString(CultureInfo.InvariantCulture);
        var target = rng.Quantile(TitleLength);
        if (script == Script.Cyrillic && rng.Chance(0.25))
        {
            var head = rng.Pick(Words.RussianTitleWords) + " № " + serial + " " + RussianWords(rng, 3, 6);
            return Grow(rng, head, target, russian: true);
        }

        if (script == Script.Chinese && rng.Chance(0.2))
        {
            var builder = new StringBuilder("第" + serial + "号" + rng.Pick(Words.ChineseTitleWords) + "：");
            while (builder.Length < Math.Min(target, 60))
            {
                builder.Append(rng.Pick(Words.ChineseSyllables));
            }

            return builder.ToString();
        }

        string title;
        switch (rng.Next(6))
        {
            case 0:
                title = rng.Pick(Words.Types) + " No. " + serial + ", " + Person(rng) + " to " + Person(rng);
                break;
            case 1:
                title = rng.Pick(Words.Types) + " No. " + serial + " from " + Person(rng) + " to " + Capitalise(rng.Pick(Words.Organisations));
                break;
            case 2:
                title = "Memorandum of Conversation " + serial + " between " + Person(rng) + " and " + Person(rng);
                break;
            case 3:
                title = rng.Pick(Words.Types) + " " + serial + "/" + rng.Pick(new[] { "dv", "III", "s", "ss", "A" }) + " from the "
                    + rng.Pick(Words.Adjectives) + " Embassy in " + rng.Pick(Words.Cities) + " to the " + rng.Pick(Words.Adjectives)
                    + " Ministry of Foreign Affairs";
                break;
            case 4:
                title = "Report " + serial + " from " + Person(rng) + " on " + rng.Pick(Words.Topics);
                break;
            default:
                title = rng.Pick(Words.Types) + " No. " + serial + ", '" + Capitalise(rng.Pick(Words.Topics)) + "'";
                break;
        }

        return Grow(rng, title, target, russian: false);
    }

    private static string Grow(Prng rng, string title, int target, bool russian)
    {
        for (var attempts = 0; attempts < 40 && (title.Length < target || title.Length < 40); attempts++)
        {
            var tail = russian ? " " + RussianWords(rng, 1, 4) : Fill(rng, rng.Pick(Words.TitleTails));
            if (title.Length + tail.Length <= Math.Max(target, 40) || title.Length < 40)
            {
                title += tail;
            }
        }

        return title.Length <= 300 ? title : title.Substring(0, title.LastIndexOf(' ', 299));
    }

    /// <summary>Writes the bold title; some long titles wrap over hard-broken lines that end in two spaces.</summary>
    private static void AppendWrappedTitle(StringBuilder text, Prng rng, string title)
    {
        var width = rng.Next(42, 72);
        if (title.Length <= width || rng.Chance(0.3) || title.IndexOf(' ') < 0)
        {
            text.Append("**").Append(title).Append("**\n");
            return;
        }

        text.Append("**");
        var start = 0;
        while (title.Length - start > width)
        {
            var cut = title.LastIndexOf(' ', start + width, width);
            if (cut <= start)
            {
                cut = title.IndexOf(' ', start + width);
                if (cut < 0)
                {
                    break;
                }
            }

            text.Append(title, start, cut - start).Append("  \n");
            start = cut + 1;
        }

        text.Append(title, start, title.Length - start).Append("**\n");
    }

    /// <summary>An exact, month or year date between 1941 and 1995.</summary>
    private static string Date(Prng rng)
    {
        var year = 1941 + rng.Quantile(new[] { (0.0, 0), (0.15, 8), (0.6, 25), (0.9, 42), (1.0, 55) });
        var month = rng.Next(12);
        var u = rng.NextDouble();
        if (u < 0.12)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        if (u < 0.30)
        {
            return Months[month] + " " + year.ToString(CultureInfo.InvariantCulture);
        }

        var day = 1 + rng.Next(DateTime.DaysInMonth(year, month + 1));
        return Months[month] + " " + day.ToString(CultureInfo.InvariantCulture) + ", " + year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The id in the URL: unique by construction (8 slots per index), a number or, for some, a slug.</summary>
    private static string Id(Prng rng, int index, string title)
    {
        var number = 100000 + (index * 8) + rng.Next(8);
        return rng.Chance(0.12)
            ? Slug(title, index) + "-" + number.ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Slug(string title, int index)
    {
        var builder = new StringBuilder();
        var words = 0;
        var inWord = false;
        foreach (var c in title)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (!inWord && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
            else
            {
                inWord = false;
                if (words >= 6)
                {
                    break;
                }
            }
        }

        return builder.Length > 0 ? builder.ToString() : "doc-" + index.ToString(CultureInfo.InvariantCulture);
    }

    // ---- sections -----------------------------------------------------------------------------------------------

    private static void Section(StringBuilder text, string label, string value) =>
        text.Append("**").Append(label).Append(":**\n\n").Append(value).Append("\n\n");

    /// <summary>The archive's citation: the current form mostly, the older PDF-export form for some.</summary>
    private static string Citation(Prng rng, int index, string title, string date, string? id)
    {
        var sources = Shelfmarks(rng, index);
        var credits = rng.Chance(0.6) ? " " + Fill(rng, rng.Pick(Words.Credits)) : string.Empty;
        if (rng.Chance(0.15))
        {
            // Older form: curly quotes with the comma inside, the program's name, no period before the URL.
            var url = id is null ? string.Empty : " <http://digitalarchive.wilsoncenter.org/document/" + id + ">";
            var old = "\u201C" + title + ",\u201D " + date + ", History and Public Policy Program Digital Archive, " + sources;
            return credits.Length > 0 ? old + "." + credits + url : old + url;
        }

        var current = "\"" + title + "\", " + date + ", Wilson Center Digital Archive, " + sources + "." + credits;
        return id is null ? current : current + " <https://digitalarchive.wilsoncenter.org/document/" + id + ">";
    }

    /// <summary>One to three shelfmarks, unique to this document, joined by "; " or "; and ".</summary>
    private static string Shelfmarks(Prng rng, int index)
    {
        var count = rng.Quantile(new[] { (0.0, 1), (0.6, 2), (0.9, 3), (1.0, 3) });
        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            parts[k] = Shelfmark(rng, (index * 3) + k + 1);
        }

        if (count == 1)
        {
            return parts[0];
        }

        var and = rng.Chance(0.6) ? "; and " : "; ";
        return count == 2 ? parts[0] + and + parts[1] : parts[0] + "; " + parts[1] + and + parts[2];
    }

    private static string Shelfmark(Prng rng, int unique)
    {
        var u = unique.ToString(CultureInfo.InvariantCulture);
        var first = 1 + rng.Next(400);
        var last = first + rng.Next(1, 12);
        string Range() => rng.Chance(0.3) ? "l. " + first.ToString(CultureInfo.InvariantCulture) : "ll. " + first.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture);
        switch (rng.Chance(0.03) ? 8 : rng.Next(8))
        {
            case 0:
                return "APRF, f. " + rng.Pick(new[] { "3", "45", "06" }) + ", op. " + (1 + rng.Next(70)).ToString(CultureInfo.InvariantCulture) + ", d. " + u + ", " + Range();
            case 1:
                return "RGASPI, f. " + rng.Pick(new[] { "17", "82", "495", "558" }) + ", op. " + (1 + rng.Next(12)).ToString(CultureInfo.InvariantCulture) + ", d. " + u + ", ll. "
                    + first.ToString("D4", CultureInfo.InvariantCulture) + "-" + last.ToString("D4", CultureInfo.InvariantCulture);
            case 2:
                return "AVPRF, Fond 0" + (100 + rng.Next(900)).ToString(CultureInfo.InvariantCulture) + "a, Opis " + (1 + rng.Next(40)).ToString(CultureInfo.InvariantCulture) + "a, Delo " + u
                    + ", Papka " + (1 + rng.Next(200)).ToString(CultureInfo.InvariantCulture) + ", List " + first.ToString(CultureInfo.InvariantCulture);
            case 3:
                return "AVPRF, f. 0" + (100 + rng.Next(900)).ToString(CultureInfo.InvariantCulture) + ", op. " + (1 + rng.Next(40)).ToString(CultureInfo.InvariantCulture) + ", pap. "
                    + (1 + rng.Next(200)).ToString(CultureInfo.InvariantCulture) + ", d. " + u + ", " + Range();
            case 4:
                return "NARA, RG " + rng.Pick(new[] { "59", "84", "218", "263", "319" }) + ", Box " + u + ", " + (700 + rng.Next(99)).ToString(CultureInfo.InvariantCulture) + ".00/"
                    + (1 + rng.Next(12)).ToString(CultureInfo.InvariantCulture) + "-" + (1 + rng.Next(28)).ToString(CultureInfo.InvariantCulture) + (50 + rng.Next(40)).ToString(CultureInfo.InvariantCulture);
            case 5:
                return "NARA, Record Group " + rng.Pick(new[] { "59", "84", "330" }) + ", File " + u + ", Box " + (1 + rng.Next(5000)).ToString(CultureInfo.InvariantCulture);
            case 6:
                return "BArch, B " + rng.Pick(new[] { "136", "206", "145" }) + "/" + (10000 + (unique % 90000)).ToString(CultureInfo.InvariantCulture) + "-" + u + ", "
                    + first.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture);
            case 7:
                return "BArch, DY " + rng.Pick(new[] { "30", "30/IV 2", "30/J IV 2" }) + "/" + u + ", " + first.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture);
            default:
                // Cyrillic labels, as some Russian finding aids write them.
                return "\u0410\u041F\u0420\u0424, \u0444. 3, \u043E\u043F. " + (1 + rng.Next(70)).ToString(CultureInfo.InvariantCulture) + ", \u0434. " + u + ", \u043B. " + first.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string Summary(Prng rng)
    {
        var builder = new StringBuilder();
        var sentences = rng.Next(1, 4);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Fill(rng, rng.Pick(Words.EnglishSentences)));
        }

        return builder.ToString();
    }

    private static string OriginalLanguage(Prng rng, Script script)
    {
        var first = script switch
        {
            Script.Cyrillic => "Russian",
            Script.Chinese => "Chinese",
            Script.Korean => "Korean",
            _ => rng.Pick(Words.Languages),
        };
        if (!rng.Chance(0.2))
        {
            return first;
        }

        var second = rng.Pick(Words.Languages);
        return second == first ? first : first + rng.Pick(new[] { ", ", " and ", "; " }) + second;
    }

    // ---- body ---------------------------------------------------------------------------------------------------

    /// <summary>Appends paragraphs until the body reaches <paramref name="target"/> UTF-8 bytes; returns its size.</summary>
    private static int Body(StringBuilder text, Prng rng, Script script, int target, int index)
    {
        var bytes = 0;
        var paragraphs = new List<string>();

        // A telegram-like opening: heading lines, an addressee, a serial.
        if (rng.Chance(0.5))
        {
            paragraphs.Add(rng.Pick(Words.Types).ToUpperInvariant() + " No. " + (index + 1).ToString(CultureInfo.InvariantCulture));
            var headings = rng.Next(1, 4);
            for (var i = 0; i < headings; i++)
            {
                paragraphs.Add(Fill(rng, rng.Pick(Words.Headings)));
            }

            paragraphs.Add("TO " + rng.Pick(Words.Surnames).ToUpperInvariant());
        }
        else if (rng.Chance(0.3))
        {
            paragraphs.Add("[...]");
        }

        foreach (var paragraph in paragraphs)
        {
            bytes += Write(text, paragraph);
        }

        var style = rng.Next(4);
        var point = 1;
        while (bytes < target)
        {
            string paragraph;
            var u = rng.NextDouble();
            var foreign = script != Script.Latin && u < 0.7;
            if (foreign)
            {
                paragraph = ForeignParagraph(rng, script);
            }
            else if (style == 1 && u > 0.8)
            {
                paragraph = rng.Pick(Words.Surnames) + ": " + EnglishParagraph(rng, 1, 4);
            }
            else if (style == 2 && u > 0.75)
            {
                paragraph = point.ToString(CultureInfo.InvariantCulture) + ". " + EnglishParagraph(rng, 1, 3);
                point++;
            }
            else if (style == 3 && u > 0.9)
            {
                var builder = new StringBuilder();
                var items = rng.Next(2, 6);
                for (var i = 0; i < items; i++)
                {
                    builder.Append(i > 0 ? "\n" : string.Empty).Append("- Comrade ").Append(rng.Pick(Words.Surnames));
                }

                paragraph = builder.ToString();
            }
            else if (u > 0.97)
            {
                paragraph = "[Handwritten note: " + Fill(rng, rng.Pick(Words.EnglishSentences)) + "]";
            }
            else if (u > 0.95)
            {
                // An address block: one paragraph, hard line breaks kept.
                paragraph = "To " + Capitalise(rng.Pick(Words.Organisations)) + "\nto " + Person(rng) + "\n" + rng.Pick(Words.Cities);
            }
            else
            {
                paragraph = EnglishParagraph(rng, 2, 9);
            }

            bytes += Write(text, paragraph);
        }

        // A signature block ends many documents.
        if (rng.Chance(0.4))
        {
            bytes += Write(text, Person(rng));
        }

        return bytes;
    }

    private static int Write(StringBuilder text, string paragraph)
    {
        text.Append(paragraph).Append("\n\n");
        return Encoding.UTF8.GetByteCount(paragraph) + 2;
    }

    private static string EnglishParagraph(Prng rng, int min, int max)
    {
        var builder = new StringBuilder();
        var sentences = rng.Next(min, max);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Fill(rng, rng.Pick(Words.EnglishSentences)));
        }

        return builder.ToString();
    }

    private static string ForeignParagraph(Prng rng, Script script)
    {
        var builder = new StringBuilder();
        var sentences = rng.Next(2, 8);
        for (var i = 0; i < sentences; i++)
        {
            switch (script)
            {
                case Script.Cyrillic:
                    if (i > 0)
                    {
                        builder.Append(' ');
                    }

                    var sentence = RussianWords(rng, 5, 14);
                    builder.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append('.');
                    break;
                case Script.Chinese:
                    Syllables(builder, rng, Words.ChineseSyllables, "，", "。");
                    break;
                default:
                    if (i > 0)
                    {
                        builder.Append(' ');
                    }

                    Syllables(builder, rng, Words.KoreanSyllables, " ", ".");
                    break;
            }
        }

        return builder.ToString();
    }

    private static void Syllables(StringBuilder builder, Prng rng, string[] syllables, string pause, string stop)
    {
        var count = rng.Next(4, 14);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append(pause);
            }
            else if (i > 0 && pause == " ")
            {
                builder.Append(' ');
            }

            builder.Append(rng.Pick(syllables));
        }

        builder.Append(stop);
    }

    private static string RussianWords(Prng rng, int min, int max)
    {
        var builder = new StringBuilder();
        var count = rng.Next(min, max);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(rng.Pick(Words.RussianWords));
        }

        return builder.ToString();
    }

    // ---- slots --------------------------------------------------------------------------------------------------

    private static string Person(Prng rng) =>
        rng.Chance(0.5) ? rng.Pick(Words.Ranks) + " " + rng.Pick(Words.Surnames) : rng.Pick(Words.Initials) + " " + rng.Pick(Words.Surnames);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Replaces each {X} slot with a fresh random pick: P person, R translator, V verb, O organisation, T topic, ...</summary>
    private static string Fill(Prng rng, string template)
    {
        var builder = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                var atStart = builder.Length == 0;
                var value = template[i + 1] switch
                {
                    'P' => Person(rng),
                    'R' => rng.Pick(Words.CreditNames),
                    'V' => rng.Pick(Words.PastVerbs),
                    'O' => rng.Pick(Words.Organisations),
                    'T' => rng.Pick(Words.Topics),
                    'C' => rng.Pick(Words.Cities),
                    'K' => rng.Pick(Words.Countries),
                    'N' => (2 + rng.Next(98)).ToString(CultureInfo.InvariantCulture),
                    'M' => (100 + rng.Next(100)).ToString(CultureInfo.InvariantCulture),
                    'D' => Months[rng.Next(12)] + " " + (1 + rng.Next(28)).ToString(CultureInfo.InvariantCulture),
                    _ => template.Substring(i, 3),
                };
                builder.Append(atStart ? Capitalise(value) : value);
                i += 2;
            }
            else
            {
                builder.Append(template[i]);
            }
        }

        return builder.ToString();
    }
}
