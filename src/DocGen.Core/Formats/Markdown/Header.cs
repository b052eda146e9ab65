using System.Runtime.CompilerServices;
using DocGen.Core.Citations;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>The document header: the bold date line and the bold title, either of which may be missing.</summary>
internal sealed class Header
{
    public Header(BoldBlock? date, BoldBlock? title, int nextLine)
    {
        Date = date;
        Title = title;
        NextLine = nextLine;
    }

    public BoldBlock? Date { get; }

    public BoldBlock? Title { get; }

    /// <summary>The first line after the header.</summary>
    public int NextLine { get; }

    [MethodImpl(Jit.Optimized)]
    public static SourceSpan SpanOf(BoldBlock block) => block.Text.Map(new TextRange(0, block.Text.Text.Length));
}
