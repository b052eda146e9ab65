using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats;

/// <summary>The one size limit every format applies before reading a file (DocGenMaxFileSize, reported as DG0015).</summary>
public static class FileSizeLimit
{
    /// <summary>The file as one unusable document when it is longer than <paramref name="maxLength"/> characters; otherwise null.</summary>
    public static ParsedDocument? Exceeded(string path, string text, int maxLength) =>
        text.Length > maxLength
            ? ParsedDocument.Unusable(path, new ParseProblem(ProblemCode.FileTooLarge, default, Size(text.Length), Size(maxLength)))
            : null;

    private static string Size(int characters) => characters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
