using System;
using System.Collections.Generic;

namespace DocGen.Core.Parsing;

/// <summary>Splits an "Original Language" value ("Russian", "Russian, Chinese", "German and English") into names.</summary>
internal static class LanguageList
{
    private static readonly string[] Separators = { ",", ";", "/", "&", " and " };

    public static List<string> Split(string value)
    {
        var names = new List<string> { value };
        foreach (var separator in Separators)
        {
            var next = new List<string>();
            foreach (var name in names)
            {
                next.AddRange(name.Split(new[] { separator }, StringSplitOptions.None));
            }

            names = next;
        }

        var result = new List<string>();
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
}
