namespace DocGen.Package.Tests.Infrastructure;

/// <summary>Small archive documents written for these tests.</summary>
public static class Documents
{
    public const string Telegram = "**June 5, 1951**  \n**Telegram from Filippov to Mao**\n\n**Citation:**\n\n\"Telegram from Filippov to Mao\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112106>\n\nThe text of the telegram.\n";

    public const string Memo = "**April 1955**  \n**Memorandum on Shipping**\n\n**Citation:**\n\n\"Memorandum on Shipping\", April 1955, Wilson Center Digital Archive, AVPRF, f. 7, op. 2, d. 40, l. 5. <https://digitalarchive.wilsoncenter.org/document/200001>\n\nThe memorandum.\n";

    /// <summary>The same shelfmark as <see cref="Telegram"/> (DG0024 on the later file).</summary>
    public const string SameShelfmark = "**June 9, 1951**  \n**Telegram from Mao to Filippov**\n\n**Citation:**\n\n\"Telegram from Mao to Filippov\", June 9, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112107>\n\nThe reply.\n";

    /// <summary>The same id as <see cref="Telegram"/> (DG0012 on the later file).</summary>
    public const string SameId = "**June 6, 1951**  \n**A Copy of the Telegram**\n\n**Citation:**\n\n\"A Copy of the Telegram\", June 6, 1951, Wilson Center Digital Archive, APRF, f. 3, op. 65, d. 9, l. 1. <https://digitalarchive.wilsoncenter.org/document/112106>\n\nThe copy.\n";

    /// <summary>No title under the date: DG0003 at line 2, column 3 (the date's text).</summary>
    public const string Broken = "\n**June 6, 1951**\n\nBody without a title.\n";

    /// <summary>No citation: DG0006, a warning, at the title (line 2, column 3).</summary>
    public const string Uncited = "**June 7, 1951**  \n**Uncited Note**\n\nBody.\n";

    /// <summary>A clean document with the date line, title and id (the number in its URL) given.</summary>
    public static string Dated(string date, string title, string id) =>
        $"**{date}**  \n**{title}**\n\n**Citation:**\n\n\"{title}\", {date}, Wilson Center Digital Archive, AVPRF, f. 1, op. 1, d. {id}, l. 1. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\nThe text.\n";

    public const string Readme = "# About this archive\n\nNot a document.\n";
}
