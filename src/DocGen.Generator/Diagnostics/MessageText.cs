using System.Text;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// Makes a value quoted in a diagnostic message show what it holds: a bidi control, a zero-width or other invisible
/// character, or a line break would otherwise reach the build log and the editor as it is, and reorder or hide the
/// very text the diagnostic is about (Trojan Source). Each is written as \uXXXX, as the generated literals write it.
/// </summary>
internal static class MessageText
{
    public static string Visible(string value)
    {
        var i = 0;
        while (i < value.Length && !CSharpLiteral.MustEscape(value[i]))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16).Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            i = CSharpLiteral.AppendVisible(builder, value, i);
        }

        return builder.ToString();
    }
}
