using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Formats.Markdown;

/// <summary>Splits an "Original Language" value ("Russian", "Russian, Chinese", "German and English") into names.</summary>
internal static class LanguageList
{
    private static readonly string[] Separators = { ",", ";", "/", "&", " and " };

    [MethodImpl(Jit.Optimized)]
    public static List<string> Split(string value)
    {
        var names = new List<string> { value };
        foreach (var separator in Separators)
        {
            var next = new List<string>();
            foreach (var name in names)
            {
                next.AddRange(SplitIgnoringCase(name, separator));
            }

            names = next;
        }

        var result = new List<string>(names.Count);
        foreach (var name in names)
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                result.Add(trimmed);
            }
        }

        return result;
    }

    [MethodImpl(Jit.Optimized)]
    private static IEnumerable<string> SplitIgnoringCase(string text, string separator)
    {
        var start = 0;
        int at;
        while ((at = text.IndexOf(separator, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            yield return text.Substring(start, at - start);
            start = at + separator.Length;
        }

        yield return text.Substring(start);
    }
}
