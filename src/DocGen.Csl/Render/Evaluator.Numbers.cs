using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

internal sealed partial class Evaluator
{
    private Node? RenderNumber(NumberElement number)
    {
        var text = VariableText(number.Variable);
        Called(text is not null);
        if (text is null)
        {
            return null;
        }

        if (_ctx.InSortKey && Numbers.IsNumeric(text))
        {
            return new TextNode(SortKeys.PadNumbers(text));
        }

        if (!Numbers.IsNumeric(text))
        {
            return Format(number.Formatting, new List<Node> { new TextNode(text) });
        }

        var gender = _ctx.Locale.Find(number.Variable)?.Gender;
        var builder = new StringBuilder();
        foreach (var token in Numbers.Tokens(text))
        {
            if (token.Length > 0 && char.IsDigit(token[0]) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                builder.Append(number.Form switch
                {
                    "ordinal" => n.ToString(CultureInfo.InvariantCulture) + Numbers.Ordinal(_ctx.Locale, n, gender),
                    "long-ordinal" => Numbers.LongOrdinal(_ctx.Locale, n, gender),
                    "roman" => Numbers.Roman(n),
                    _ => n.ToString(CultureInfo.InvariantCulture),
                });
            }
            else
            {
                builder.Append(token.Replace("-", "\u2013").Replace(",", ", ").Replace(",  ", ", ").Replace(" ,", ","));
            }
        }

        return Format(number.Formatting, new List<Node> { new TextNode(builder.ToString()) });
    }

    private Node? RenderLabel(LabelElement label)
    {
        string term;
        string? value;
        if (label.Variable == "locator")
        {
            term = (_ctx.Cite?.Label ?? "page").Replace(' ', '-');
            value = VariableText("locator");
        }
        else
        {
            term = label.Variable;
            value = VariableText(label.Variable);
        }

        if (value is null)
        {
            return null;
        }

        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => label.Variable is "number-of-pages" or "number-of-volumes"
                ? int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 1
                : Numbers.IsPlural(value, _ctx.Locale.Text("and")),
        };
        var text = _ctx.Locale.Text(term, label.Form, plural);
        return text.Length == 0 ? null : Format(label.Formatting, new List<Node> { new TextNode(text) }, term: true);
    }
}
