namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// Documents written for the conformance suite, one for each branch the real records do not reach: undated, ranges,
/// a decade, approximate and uncertain dates, two authors, a title in another language, no archive.
/// </summary>
public static class CitationCases
{
    public static readonly (string Name, string Text)[] All =
    {
        ("undated.md", Doc("Undated", "Note on the Harbour Question", "Undated", "Wilson Center Digital Archive, NARA, RG 59, Box 1. <https://digitalarchive.wilsoncenter.org/document/900101>")),
        ("day-range.md", Doc("June 5-7, 1951", "Minutes of the Talks in Kaesong", "June 5-7, 1951", "Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2. <https://digitalarchive.wilsoncenter.org/document/900102>")),
        ("month-range.md", Doc("June 5 - July 7, 1951", "Diary of the Armistice Talks", "June 5 - July 7, 1951", "Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 3. <https://digitalarchive.wilsoncenter.org/document/900103>")),
        ("year-range.md", Doc("1945-1946", "Reports on the Occupation", "1945-1946", "Wilson Center Digital Archive, NARA, RG 59, Box 2. <https://digitalarchive.wilsoncenter.org/document/900104>")),
        ("decade.md", Doc("1950s", "Notes on Party Work", "1950s", "Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 4. <https://digitalarchive.wilsoncenter.org/document/900105>")),
        ("circa.md", Doc("c. 1955", "Memorandum on Trade with the West", "c. 1955", "Wilson Center Digital Archive, NARA, RG 59, Box 3. <https://digitalarchive.wilsoncenter.org/document/900106>")),
        ("uncertain.md", Doc("[1951]", "Letter from Kim Il Sung to Stalin", "[1951]", "Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 5. <https://digitalarchive.wilsoncenter.org/document/900107>")),
        ("two-authors.md", Doc("October 3, 1956", "Memorandum of Conversation between Zhou Enlai and Kim Il Sung", "October 3, 1956", "Wilson Center Digital Archive, PRC FMA 204-00007-01. <https://digitalarchive.wilsoncenter.org/document/900108>")),
        ("russian.md", Doc("May 9, 1949", "report on the harbour of the city", "May 9, 1949", "Wilson Center Digital Archive, AVPRF, f. 7, op. 4, d. 1. <https://digitalarchive.wilsoncenter.org/document/900109>", "Original - Russian")),
        ("no-archive.md", "**March 1, 1960**  \n**Telegram from Bagirov to Mikoyan**\n\n**Summary:**\n\nNo citation.\n\nBody.\n"),
    };

    private static string Doc(string date, string title, string citationDate, string rest, string contents = "Translation - English") =>
        "**" + date + "**  \n**" + title + "**\n\n**Citation:**\n\n\"" + title + "\", " + citationDate + ", " + rest
        + "\n\n**Summary:**\n\nA summary.\n\n**Contents:**\n\n" + contents + "\n\nBody.\n";
}
