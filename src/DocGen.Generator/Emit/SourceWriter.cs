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

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Appends what <paramref name="other"/> wrote, as written (its own indentation).</summary>
    public SourceWriter Append(SourceWriter other)
    {
        _builder.Append(other._builder);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
