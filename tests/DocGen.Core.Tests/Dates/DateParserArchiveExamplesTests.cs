using System.IO;
using System.Linq;
using DocGen.Core.Dates;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Dates;

/// <summary>Every header date in the real archive records of ../shared is understood.</summary>
public class DateParserArchiveExamplesTests
{
    [SharedDataFact("examples")]
    public void EveryExampleHeaderDateParses()
    {
        // Records are named "NNN_slug.md"; the folder's README.md is not a record.
        var files = Directory.GetFiles(SharedData.Examples!, "*_*.md");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // The export's first bold line is the date: "**June 5, 1951**  ".
            var header = File.ReadLines(file).First(line => line.StartsWith("**", System.StringComparison.Ordinal));
            var text = header.Trim().Trim('*').Trim();

            var date = DateParser.Parse(text);

            Assert.True(date.IsKnown, $"{Path.GetFileName(file)}: '{text}'");
            Assert.False(date.IsRange);
        }
    }
}
