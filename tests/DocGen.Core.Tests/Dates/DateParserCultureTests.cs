using System.Globalization;
using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>
/// The result must not depend on the machine's culture. Turkish lower-cases "I" to a dotless "ı" (so a culture-sensitive
/// "APRIL" would not match "april"), and Saudi Arabic uses the Um al-Qura calendar and its own digits.
/// </summary>
public class DateParserCultureTests
{
    private static readonly (string Text, string Edtf)[] Cases =
    {
        ("APRIL 5, 1951", "1951-04-05"),
        ("CIRCA 1955", "1955~"),
        ("APPROXIMATELY JUNE 1951", "1951-06~"),
        ("[APRIL 1955]", "1955-04?"),
        ("BETWEEN 1950 AND 1952", "1950/1952"),
        ("JUNE 5TH, 1951", "1951-06-05"),
        ("1950S", "195X"),
        ("February 29, 1952", "1952-02-29"),
        ("0800", "0800"),
    };

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void ParsesTheSameUnderAnyCulture(string cultureName)
    {
        var expected = Parse(CultureInfo.InvariantCulture);
        var actual = Parse(new CultureInfo(cultureName));

        Assert.Equal(expected, actual);
        for (var i = 0; i < Cases.Length; i++)
        {
            Assert.Equal(Cases[i].Edtf, actual[i].Edtf);
        }
    }

    private static ParsedDate[] Parse(CultureInfo culture)
    {
        var savedCulture = CultureInfo.CurrentCulture;
        var savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var results = new ParsedDate[Cases.Length];
            for (var i = 0; i < Cases.Length; i++)
            {
                results[i] = DateParser.Parse(Cases[i].Text);
            }

            return results;
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }
}
