using DocGen.Core.Dates;

namespace DocGen.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void UnknownDateKeepsText() => Assert.Equal("n.d.", ParsedDate.Unknown("n.d.").Text);
}
