using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Makes text safe inside a <c>///</c> XML doc comment: XML special characters are escaped, every line break
/// becomes a space (a newline would end the comment and let text through as code), and invisible or bidi
/// characters are shown as <c>\uXXXX</c>, as is every Unicode noncharacter (U+FFFE and U+FFFF among them, which XML
/// 1.0 cannot hold: the compiler would report CS1570 with documentation on). Every doc text goes through here.
/// </summary>
public static class DocComment
{
    public const int MaxLength = 500;

    [MethodImpl(Jit.Optimized)]
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
                default: i = AppendCharacter(builder, text, i); break;
            }
        }

        if (i < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Like <see cref="CSharpLiteral.AppendVisible"/>, with noncharacters escaped too.</summary>
    [MethodImpl(Jit.Optimized)]
    private static int AppendCharacter(StringBuilder builder, string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            if (IsNoncharacter(codePoint))
            {
                builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                return i + 1;
            }
        }
        else if (IsNoncharacter(c))
        {
            CSharpLiteral.AppendEscape(builder, c);
            return i;
        }

        return CSharpLiteral.AppendVisible(builder, text, i);
    }

    /// <summary>The 66 code points Unicode sets aside for good: U+FDD0 to U+FDEF, and the last two of every plane.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
