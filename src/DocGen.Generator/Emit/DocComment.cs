using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Makes text safe inside a <c>///</c> XML doc comment: XML special characters are escaped, every line break
/// becomes a space (a newline would end the comment and let text through as code), and invisible or bidi
/// characters are shown as <c>\uXXXX</c>.
/// </summary>
public static class DocComment
{
    public const int MaxLength = 500;

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        var i = 0;
        for (; i < text.Length && builder.Length < MaxLength; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n' or '\r' or '\t': builder.Append(' '); break;
                default: i = CSharpLiteral.AppendVisible(builder, text, i); break;
            }
        }

        if (i < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
