using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// CsCheck generators of fuzz inputs. Every value comes from CsCheck's seeded PCG, so a failing case is replayed
/// from its seed. From the most to the least structured: synthetic documents in the archive's export layout (built
/// from parts), the real records of ../shared and the test documents, structure-aware mutations of either, token
/// soup (the format's own tokens in any order), and arbitrary UTF-16 strings.
/// </summary>
public static class Gens
{
    /// <summary>Gen.Frequency over generators, without the casts its overloads need.</summary>
    public static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] options) =>
        Gen.Frequency(options.Select(o => (o.Weight, (IGen<T>)o.Gen)).ToArray());

    // ---------------------------------------------------------------- characters and words

    /// <summary>Any UTF-16 code unit, lone surrogates and noncharacters included, biased towards ASCII.</summary>
    public static readonly Gen<char> AnyChar = Pick(
        (4, Gen.Char['\u0000', '\uFFFF']),
        (3, Gen.Char[' ', '~']),
        (1, Gen.Char["*\n\r :<>\"\\"]));

    /// <summary>Any code unit except a line break: text that stays on its line.</summary>
    public static readonly Gen<char> InlineChar = AnyChar.Where(c => !Markers.IsLineBreak(c));

    public static readonly Gen<string> PlainWord = Gen.OneOf(Markers.Words);

    /// <summary>A word that may be a hostile marker, an invisible character, random code units or a very long run.</summary>
    public static readonly Gen<string> HostileWord = Pick(
        (60, PlainWord),
        (14, Gen.OneOf(Markers.Inline)),
        (6, Gen.OneOf(Markers.Invisible).Select(c => c.ToString())),
        (3, Gen.OneOf(Markers.Noncharacters)),
        (8, InlineChar.Array[1, 4].Select(chars => new string(chars))),
        (6, Gen.Int[0, 999_999].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Select(PlainWord, Gen.Int[2, 40], (word, times) => string.Concat(Enumerable.Repeat(word, times)))));

    /// <summary>A word with an invisible or bidi character in it, often (Trojan Source).</summary>
    public static readonly Gen<string> TrojanWord = Pick(
        (3, HostileWord),
        (2, Gen.Select(PlainWord, Gen.OneOf(Markers.Invisible), Gen.Int[0, 8], (word, c, at) => word.Insert(Math.Min(at, word.Length), c.ToString()))));

    public static Gen<string> Words(Gen<string> word, int min, int max) =>
        Gen.Select(word.Array[min, max], Gen.OneOf(" ", " ", " ", "  ", "\t", " \u00A0"), (words, space) => string.Join(space, words));

    // ---------------------------------------------------------------- synthetic documents

    private static readonly Gen<int> Year = Gen.Int[1900, 2000];
    private static readonly Gen<int> Day = Pick((9, Gen.Int[1, 28]), (1, Gen.Int[0, 40]));
    private static readonly Gen<string> Month = Gen.OneOf(Markers.Months);

    /// <summary>Every date form of docs/format.md, and dates the parser must reject.</summary>
    public static Gen<string> Date(Gen<string> word) => Pick(
        (25, Gen.Select(Month, Day, Year, (m, d, y) => $"{m} {d}, {y}")),
        (6, Gen.Select(Month, Day, Year, (m, d, y) => $"{d} {m} {y}")),
        (6, Gen.Select(Year, Gen.Int[1, 13], Day, (y, m, d) => $"{y}-{m:D2}-{d:D2}")),
        (8, Gen.Select(Month, Year, (m, y) => $"{m} {y}")),
        (6, Year.Select(y => y.ToString(CultureInfo.InvariantCulture))),
        (3, Year.Select(y => $"{y / 10 * 10}s")),
        (5, Gen.Select(Gen.OneOf("c. ", "ca. ", "circa ", "approximately "), Month, Year, Gen.Bool, (p, m, y, withMonth) => p + (withMonth ? m + " " : string.Empty) + y)),
        (4, Gen.Select(Year, Gen.Bool, (y, bracket) => bracket ? $"[{y}]" : $"{y}?")),
        (3, Gen.Select(Month, Day, Day, Year, (m, d1, d2, y) => $"{m} {d1}-{d2}, {y}")),
        (2, Gen.Select(Month, Month, Year, (m1, m2, y) => $"{m1}-{m2} {y}")),
        (2, Gen.Select(Year, Year, (y1, y2) => $"{y1}-{y2}")),
        (2, Gen.Select(Month, Day, Year, Month, Day, Year, (m1, d1, y1, m2, d2, y2) => $"{m1} {d1}, {y1} \u2013 {m2} {d2}, {y2}")),
        (2, Gen.Select(Year, Year, (y1, y2) => $"between {y1} and {y2}")),
        (4, Gen.OneOf("Undated", "n.d.", "No date", "undated")),
        (2, Gen.OneOf("February 30, 1951", "6/5/1951", "June 5, 51", "June 5th, 1951", "Sept. 1955", "1951-13-01", "0000")),
        (4, Words(word, 1, 4)));

    private static readonly Gen<string> Slug = PlainWord.Array[1, 5].Select(words => string.Join("-", words).ToLowerInvariant());

    /// <summary>Archive URLs with numeric ids and slugs, trailing slashes, queries, and URLs that are no URL.</summary>
    public static Gen<string> Url(Gen<string> word) => Pick(
        (12, Gen.Int[1, 999_999].Select(id => "https://digitalarchive.wilsoncenter.org/document/" + id.ToString(CultureInfo.InvariantCulture))),
        (3, Slug.Select(slug => "https://digitalarchive.wilsoncenter.org/document/" + slug)),
        (2, Gen.Int[1, 999_999].Select(id => "http://digitalarchive.wilsoncenter.org/document/" + id.ToString(CultureInfo.InvariantCulture) + "/?lang=en#top")),
        (1, Gen.OneOf("https://digitalarchive.wilsoncenter.org/", "ftp://example.org/document/5", "not a url", "https://", "https:///document/", "//x/document/7")),
        (2, word.Select(w => "https://digitalarchive.wilsoncenter.org/document/" + w)));

    private static readonly Gen<string> Locator = Gen.OneOf(Markers.Locators).Select(l => l.Label + " " + l.Value);

    /// <summary>One archival reference: a shelfmark, a published work, or free text.</summary>
    public static Gen<string> Reference(Gen<string> word) => Pick(
        (10, Gen.Select(Gen.OneOf(Markers.Repositories), Locator.Array[1, 5], (repository, locators) => repository + ", " + string.Join(", ", locators))),
        (2, Gen.Select(Words(PlainWord, 1, 3), Words(word, 1, 4), Year, (author, title, year) => $"{author} et al., eds., {title} (Cambridge University Press, {year}), vol. 2, p. 14")),
        (2, Words(word, 1, 6)));

    /// <summary>The citation: modern or old PDF-export form, 1-3 shelfmarks, credits, and a URL (or none).</summary>
    public static Gen<string> Citation(Gen<string> word, string title, string? date) =>
        from form in Gen.Int[0, 9]
        from archive in Gen.OneOf(Markers.ArchiveNames)
        from references in Reference(word).Array[1, 3]
        from separator in Gen.OneOf("; and ", "; ", " and ", ", and ", ";")
        from credits in Pick((3, Gen.Const(string.Empty)), (1, Gen.OneOf("Translated by A. Tester. ", "Obtained and translated by Sergey Radchenko. ")), (1, Words(word, 1, 5).Select(w => w + ". ")))
        from url in Pick((9, Url(word).Select(u => (string?)u)), (1, Gen.Const((string?)null)))
        from citedTitle in Pick((8, Gen.Const(title)), (2, Words(word, 1, 6)))
        select form switch
        {
            // The old PDF-export form: curly quotes, comma inside them, no period before a bare URL.
            < 2 => $"\u201C{citedTitle},\u201D {date}, {archive}, {string.Join(separator, references)}. {credits}{url}",
            < 3 => $"{citedTitle}, {date}. {credits}",
            _ => $"\"{citedTitle}\", {date}, {archive}, {string.Join(separator, references)}. {credits}" + (url is null ? string.Empty : "<" + url + ">"),
        };

    /// <summary>Splits a paragraph over 1-3 lines at spaces (the parser joins them with one space).</summary>
    private static Gen<string[]> Wrap(string text) =>
        Gen.Int[0, 2].Select(breaks =>
        {
            var lines = new List<string> { text };
            for (var i = 0; i < breaks; i++)
            {
                var last = lines[lines.Count - 1];
                var at = last.IndexOf(' ', last.Length / 2);
                if (at <= 0)
                {
                    break;
                }

                lines[lines.Count - 1] = last.Substring(0, at);
                lines.Add(last.Substring(at + 1));
            }

            return lines.ToArray();
        });

    private static Gen<SyntheticSection> Section(string label, Gen<string> value) =>
        from outside in Pick((9, Gen.Const(false)), (1, Gen.Const(true)))
        from text in value
        from lines in Wrap(text)
        from nextLine in Pick((9, Gen.Const(false)), (1, Gen.Const(true)))
        select new SyntheticSection(label, outside, lines, nextLine);

    private static Gen<SyntheticSection?> Maybe(int percent, Gen<SyntheticSection> section) =>
        Pick((percent, section.Select(s => (SyntheticSection?)s)), (100 - percent, Gen.Const((SyntheticSection?)null)));

    /// <summary>A body line: prose, or text that looks like Markdown, a label or a header.</summary>
    public static Gen<string> BodyLine(Gen<string> word) => Pick(
        (12, Words(word, 1, 14)),
        (1, Words(word, 1, 4).Select(w => "# " + w)),
        (1, Words(word, 1, 6).Select(w => "1. " + w)),
        (1, Words(word, 1, 6).Select(w => "- " + w)),
        (1, Gen.OneOf("[...]", "**Citation:**", "Summary", "To: Comrade Mao Zedong", "**June 5, 1951**", "***", "****", "TOP SECRET", "  indented  ")),
        (1, Words(word, 1, 3).Select(w => "**" + w + "**")));

    /// <summary>A synthetic document whose words come from <paramref name="word"/>.</summary>
    public static Gen<SyntheticDocument> Document(Gen<string> word) =>
        from leading in Pick((6, Gen.Const(0)), (3, Gen.Const(2)), (1, Gen.Int[1, 4]))
        from date in Pick((12, Date(word).Select(d => (string?)d)), (1, Gen.Const((string?)null)))
        from title in Words(word, 1, 12)
        from titleLines in Pick((12, Wrap(title)), (1, Gen.Const(Array.Empty<string>())))
        from blankAfterDate in Pick((12, Gen.Const(false)), (1, Gen.Const(true)))
        from citation in Maybe(85, Section("Citation", Citation(word, title, date)))
        from summary in Maybe(80, Section("Summary", Words(word, 1, 30)))
        from language in Maybe(70, Section("Original Language", Gen.Select(Gen.OneOf(Markers.Languages).Array[1, 3], Gen.OneOf(", ", " and ", "; ", "/", " & "), (names, separator) => string.Join(separator, names))))
        from contents in Maybe(60, Section("Contents", Pick((4, Gen.OneOf(Markers.ContentsValues)), (1, Words(word, 1, 4)))))
        from extra in Pick(
            (6, Gen.Const(Array.Empty<SyntheticSection>())),
            (3, Gen.Select(Pick((3, Gen.OneOf(Markers.UnknownLabels)), (1, Words(word, 1, 3))), Words(word, 0, 8), (label, value) => (label, value))
                .Select(p => new SyntheticSection(p.label, false, p.value.Trim().Length == 0 ? Array.Empty<string>() : new[] { p.value }, false)).Array[1, 3]))
        from shuffle in Pick((8, Gen.Const(false)), (1, Gen.Const(true)))
        from order in Gen.Shuffle(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 })
        from body in BodyLine(word).Array[1, 4].Array[0, 6]
        from trailing in Gen.Bool
        select new SyntheticDocument(
            leading,
            date,
            titleLines,
            blankAfterDate,
            Arrange(new[] { citation, summary, language, contents }.Concat(extra).ToArray(), shuffle ? order : null),
            body,
            trailing);

    private static SyntheticSection[] Arrange(SyntheticSection?[] sections, int[]? order)
    {
        var present = sections.Where(s => s is not null).Select(s => s!).ToArray();
        if (order is null)
        {
            return present;
        }

        return order.Where(i => i < present.Length).Select(i => present[i]).ToArray();
    }

    /// <summary>A synthetic document, plain (half the time) or hostile.</summary>
    public static readonly Gen<SyntheticDocument> Synthetic = Pick(
        (1, Document(PlainWord)),
        (1, Document(HostileWord)));

    /// <summary>A synthetic document with invisible and bidi characters in its words.</summary>
    public static readonly Gen<SyntheticDocument> Trojan = Document(TrojanWord);

    /// <summary>A synthetic document written with LF, CRLF or CR line ends, with or without a byte-order mark.</summary>
    public static readonly Gen<string> SyntheticText =
        Gen.Select(Synthetic, Gen.OneOf("\n", "\n", "\r\n", "\r"), Pick((5, Gen.Const(false)), (1, Gen.Const(true))), (document, newline, bom) => document.Render(newline, bom));

    // ---------------------------------------------------------------- mutation

    public static readonly Gen<Mutation> Mutation =
        Gen.Select(
            Gen.Enum<MutationKind>(),
            Gen.Int[0, int.MaxValue],
            Gen.Int[0, int.MaxValue],
            Pick((8, Gen.OneOf(Markers.All)), (2, AnyChar.Array[1, 3].Select(c => new string(c)))),
            (kind, a, b, marker) => new Mutation(kind, a, b, marker));

    /// <summary><paramref name="text"/> after 1-6 structure-aware mutations.</summary>
    public static Gen<string> Mutated(Gen<string> text) =>
        Gen.Select(text, Mutation.Array[1, 6], Mutator.Apply);

    // ---------------------------------------------------------------- real records, soup and noise

    /// <summary>The real records of ../shared (read in place) and the test documents, as seeds for mutation.</summary>
    public static readonly Gen<string> Record = Gen.OneOf(RealRecords.All.Select(r => r.Text).ToArray());

    public static readonly string[] Tokens = Markers.All
        .Concat(new[] { "\n", "\n\n", "  \n", "\r\n", "**June 5, 1951**", "**Title**", "**Telegram to  ", "Mao**", "Russian", "Translation - English",
            "\"Title\", June 5, 1951, Wilson Center Digital Archive, ", "APRF, f. 45, op. 1, d. 339, ll. 17-18", "; and ", " and ",
            "<https://digitalarchive.wilsoncenter.org/document/112106>", "https://x.org/document/a", "1951", "c. ", "[", "]", " ", "  " })
        .Concat(Markers.Words)
        .ToArray();

    /// <summary>The format's own tokens in random order: reaches deep parser states that random characters never do.</summary>
    public static readonly Gen<string> TokenSoup = Gen.OneOf(Tokens).Array[0, 120].Select(string.Concat);

    /// <summary>Arbitrary UTF-16 text.</summary>
    public static readonly Gen<string> AnyString = Gen.String[AnyChar, 0, 400];

    /// <summary>Text shaped like an archive document: synthetic, real, or either mutated.</summary>
    public static readonly Gen<string> DocumentLike = Pick(
        (3, SyntheticText),
        (4, Mutated(SyntheticText)),
        (1, Record),
        (2, Mutated(Record)));

    /// <summary>Anything: document-shaped text most of the time, token soup and arbitrary strings otherwise.</summary>
    public static readonly Gen<string> AnyInput = Pick(
        (6, DocumentLike),
        (2, TokenSoup),
        (2, AnyString));

    // ---------------------------------------------------------------- option values

    /// <summary>One part of a name option: a code name, a hostile word, a noncharacter, or a run long enough to pass the metadata limit.</summary>
    public static readonly Gen<string> NamePart = Pick(
        (6, Gen.OneOf(Markers.CodeNames)),
        (4, HostileWord),
        (2, Gen.OneOf(Markers.Noncharacters)),
        (1, Gen.Select(Gen.OneOf(Markers.CodeNames.Concat(new[] { "Ж", "Ü", "x" }).ToArray()), Gen.Int[100, 1200], (part, times) => string.Concat(Enumerable.Repeat(part, times)))));

    /// <summary>A value for DocGenNamespace, RootNamespace or DocGenCatalogName: dotted parts, blank, or arbitrary text.</summary>
    public static readonly Gen<string> NameOption = Pick(
        (8, NamePart.Array[1, 4].Select(parts => string.Join(".", parts))),
        (1, Gen.Select(NamePart, Gen.Int[2, 600], (part, times) => string.Join(".", Enumerable.Repeat(part, times)))),
        (1, Gen.OneOf("", " ", ".", "..", " . ")),
        (1, AnyString));

    /// <summary>The project options a name can come from; each present or not.</summary>
    public static readonly Gen<Dictionary<string, string>> NameOptions =
        from root in Pick((3, NameOption.Select(v => (string?)v)), (1, Gen.Const((string?)null)))
        from ns in Pick((1, NameOption.Select(v => (string?)v)), (1, Gen.Const((string?)null)))
        from catalog in Pick((3, NameOption.Select(v => (string?)v)), (1, Gen.Const((string?)null)))
        select Options(("build_property.RootNamespace", root), ("build_property.DocGenNamespace", ns), ("build_property.DocGenCatalogName", catalog));

    private static Dictionary<string, string> Options(params (string Key, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);

    // ---------------------------------------------------------------- batches of files

    /// <summary>File names: ordinary, with spaces and non-Latin letters, hostile, upper-case extension, or not .md (ignored).</summary>
    public static readonly Gen<Func<int, string>> FileName = Pick(
        (12, Gen.Const<Func<int, string>>(i => $"/archive/{i:D3}.md")),
        (2, PlainWord.Select<string, Func<int, string>>(w => i => $"/archive/sub dir/{i:D3} {w}.md")),
        (2, Gen.OneOf(Markers.Inline.Where(m => m.IndexOfAny(new[] { '/', '\\' }) < 0).ToArray()).Select<string, Func<int, string>>(m => i => $"/archive/{i:D3}{m}.md")),
        (1, Gen.Const<Func<int, string>>(i => $"/archive/{i:D3}.MD")),
        (1, Gen.Const<Func<int, string>>(i => $"/archive/{i:D3}.txt")));

    /// <summary>A batch of files with unique paths, whose texts come from <paramref name="text"/>.</summary>
    public static Gen<FuzzFile[]> Batch(Gen<string> text, int min, int max) =>
        Gen.Select(text, FileName).Array[min, max].Select(items => items.Select((item, i) => FuzzFile.FromText(item.Item2(i), item.Item1)).ToArray());
}
