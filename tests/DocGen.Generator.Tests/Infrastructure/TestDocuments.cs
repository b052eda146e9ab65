namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>Small archive documents written for the tests, in the archive's export layout.</summary>
public static class TestDocuments
{
    public const string Telegram = "\n\n**March 2, 1953**  \n**Telegram from Ambassador Example to  \nthe Foreign Ministry**\n\n**Citation:**\n\n"
        + "\"Telegram from Ambassador Example to the Foreign Ministry\", March 2, 1953, Wilson Center Digital Archive, AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12. Translated by A. Tester. <https://digitalarchive.wilsoncenter.org/document/900001>\n\n"
        + "**Summary:**\n\nThe ambassador reports on talks about the harbour.\n\n**Original Language:**\n\nRussian\n\n**Contents:**\n\nTranslation - English\n\n"
        + "TOP SECRET\n\nThe talks went well.\n\n1. The harbour stays open.\n\n- copy to file\n";

    public const string Memo = "**1961**  \n**Memorandum on the Harbour Question**\n\n**Citation:**\n\n"
        + "\"Memorandum on the Harbour Question\", 1961, Wilson Center Digital Archive, NARA, RG 59, Box 12. <https://digitalarchive.wilsoncenter.org/document/900002>\n\n"
        + "**Summary:**\n\nA short memorandum.\n\nThe memorandum's only paragraph.\n";

    public const string Report = "**April 1955**  \n**Report on Shipping**\n\n**Summary:**\n\nNo citation here.\n\nBody text.\n";

    /// <summary>The URL of <see cref="Note"/>'s default citation (id 500100).</summary>
    public const string NoteUrl = "<https://digitalarchive.wilsoncenter.org/document/500100>";

    /// <summary>A clean one-paragraph document (no diagnostic at all) with any part replaced, for diagnostic tests.</summary>
    public static string Note(string date = "May 1, 1950", string title = "Note on Trade", string? citation = null, string sections = "", string body = "Body.") =>
        $"**{date}**  \n**{title}**\n\n**Citation:**\n\n{citation ?? $"\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. {NoteUrl}"}\n\n{sections}{body}\n";

    public const string NotADocument = "# Notes\n\nThis is a README, not an archive document.\n";

    /// <summary>A document whose every field carries text that would break naive code generation.</summary>
    public const string Hostile = "**May 1, 1960**  \n**Quotes \" and \"\"\" and \\ back*/slash </summary> {braces} #error \u202Eevil\u202C**\n\n**Citation:**\n\n"
        + "\"Hostile\", May 1, 1960, Wilson Center Digital Archive, APRF, f. 1, op. 1, d. 1. <https://digitalarchive.wilsoncenter.org/document/900666>\n\n"
        + "**Summary:**\n\nA </summary><script>*/ summary with \u200B zero width and \uFEFF BOM\n\n"
        + "Body with NUL \0 and line sep \u2028 and para sep \u2029 and lone \uD800 surrogate and \"\"\"raw\"\"\" and {0} and \\n literal\n\n#error not a directive\n";
}
