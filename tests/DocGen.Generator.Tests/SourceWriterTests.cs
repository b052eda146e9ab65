using System;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Tests;

/// <summary>
/// Every document's constants (its title, citation, formatted citation) are string literals: a long one is copied
/// into the file once, not quoted into a string, joined into a line and copied again. Counted in bytes.
/// </summary>
public class SourceWriterTests
{
    [Fact]
    public void ALiteralLineIsTheLineOfTheQuotedValue()
    {
        var writer = new SourceWriter(1);
        writer.LiteralLine("public const string A = ", "say \"hi\"\n\u202E", ";");
        writer.LiteralLine("public const string? B = ", null, ";");

        Assert.Equal(
            "    public const string A = " + CSharpLiteral.Quote("say \"hi\"\n\u202E") + ";\n    public const string? B = null;\n",
            writer.ToString());
    }

    [Fact]
    public void ALongLiteralIsCopiedOnce()
    {
        var value = new string('x', 100_000);
        var writer = new SourceWriter(1);
        writer.LiteralLine("public const string A = ", value, ";");

        var before = GC.GetAllocatedBytesForCurrentThread();
        writer.LiteralLine("public const string B = ", value, ";");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The builder's own growth is one copy (2 bytes a character); quoting into a string first, then joining the line,
        // then appending it, made three more.
        Assert.True(allocated < 2 * value.Length * 3 / 2, $"{allocated} bytes for a literal of {value.Length} characters");
        Assert.Equal(2 * ("    public const string A = \"\";\n".Length + value.Length), writer.ToString().Length);
    }
}
