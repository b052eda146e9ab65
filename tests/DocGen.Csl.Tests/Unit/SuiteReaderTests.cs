using System.IO;
using DocGen.Csl.Tests.Suite;

namespace DocGen.Csl.Tests.Unit;

/// <summary>The fixture reader and the expected-failures list, on files written here.</summary>
public sealed class SuiteReaderTests
{
    [Fact]
    public void A_fixture_section_keeps_its_lines_and_ignores_text_outside()
    {
        var path = Path.Combine(Path.GetTempPath(), "csl-reader-" + System.Guid.NewGuid().ToString("N") + "_Case.txt");
        File.WriteAllText(path, "noise\n>>===== MODE =====>>\ncitation\n<<===== MODE =====<<\n>>==== RESULT ====>>\n a\n\nb \n<<==== RESULT ====<<\n");
        try
        {
            var fixture = Fixture.Read(path);
            Assert.Equal("citation", fixture.Mode);
            Assert.Equal(" a\n\nb ", fixture.Result);
            Assert.StartsWith("csl-reader-", fixture.Category, System.StringComparison.Ordinal);
            Assert.DoesNotContain("_", fixture.Category, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Expected_failures_take_group_reasons_and_refuse_duplicates_and_missing_reasons()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# group reason\nfirst_One\nsecond_Two # own reason\n");
            var list = ExpectedFailures.Load(path);
            Assert.Equal("group reason", list["first_One"]);
            Assert.Equal("own reason", list["second_Two"]);

            File.WriteAllText(path, "# r\nfirst_One\nfirst_One\n");
            Assert.Throws<InvalidDataException>(() => ExpectedFailures.Load(path));

            File.WriteAllText(path, "lonely_Name\n");
            Assert.Throws<InvalidDataException>(() => ExpectedFailures.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
