namespace DocGen.Core.Dates;

/// <summary>Parses the archive's date lines ("June 5, 1951", "April 1955", "1979", ranges, approximate dates).</summary>
public static class DateParser
{
    public static ParsedDate Parse(string text) => ParsedDate.Unknown(text);
}
