using System.Runtime.CompilerServices;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes indented C# with '\n' line ends whatever the platform, so output is byte-identical everywhere
/// (and no NormalizeWhitespace, which costs more than the rest of generation).
/// </summary>
public sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter(int indent = 0) => _indent = indent;

    [MethodImpl(Jit.Optimized)]
    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>A line that holds <paramref name="value"/> as a string literal between two pieces of code.</summary>
    [MethodImpl(Jit.Optimized)]
    public SourceWriter LiteralLine(string before, string? value, string after)
    {
        _builder.Append(' ', _indent * 4).Append(before);
        CSharpLiteral.Quote(_builder, value).Append(after).Append('\n');
        return this;
    }

    [MethodImpl(Jit.Optimized)]
    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    [MethodImpl(Jit.Optimized)]
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Where the text ends now, with its indentation: <see cref="Undo"/> goes back to it.</summary>
    public (int Length, int Indent) Mark() => (_builder.Length, _indent);

    /// <summary>Drops what was written since <paramref name="mark"/> and restores its indentation.</summary>
    public void Undo((int Length, int Indent) mark)
    {
        _builder.Length = mark.Length;
        _indent = mark.Indent;
    }

    /// <summary>
    /// Puts what <paramref name="other"/> wrote (its own indentation) before this text. Inserting at the start of a
    /// chunked builder adds a chunk rather than moving the text, so a large text is not copied again (netstandard2.0
    /// has no Append(StringBuilder): it would copy the other builder into a string first).
    /// </summary>
    public SourceWriter Prepend(SourceWriter other)
    {
        _builder.Insert(0, other._builder.ToString());
        return this;
    }

    public override string ToString() => _builder.ToString();
}
