using System;
using System.Collections.Generic;

namespace DocGen.Csl.Data;

/// <summary>Builds a <see cref="CslName"/> from its CSL-JSON object, splitting particles and suffixes that the
/// input left inside family or given (as CSL processors conventionally do).</summary>
internal static class NameParser
{
    public static CslName Read(Dictionary<string, object?> obj)
    {
        string? Get(string key) => obj.TryGetValue(key, out var v) ? ItemReader.Scalar(v) : null;
        bool Flag(string key) => obj.TryGetValue(key, out var v) && (v is true || (v is double d && d != 0) || (v is string s && s.Length > 0 && s != "false" && s != "0"));

        var literal = Get("literal");
        var family = Get("family");
        var given = Get("given");
        var name = new CslName
        {
            Literal = literal,
            Family = family,
            Given = given,
            DroppingParticle = Get("dropping-particle"),
            NonDroppingParticle = Get("non-dropping-particle"),
            Suffix = Get("suffix"),
            CommaSuffix = Flag("comma-suffix"),
            StaticOrdering = Flag("static-ordering"),
        };

        if (literal is not null || family is null)
        {
            return name;
        }

        // A family name in double quotes is kept whole.
        if (family.Length > 1 && family[0] == '"' && family[family.Length - 1] == '"')
        {
            return name with { Family = family.Substring(1, family.Length - 2) };
        }

        if (name.NonDroppingParticle is null)
        {
            name = SplitFamilyParticle(name, family);
        }

        if (name.Given is { } g)
        {
            name = SplitGiven(name, g);
        }

        return name;
    }

    private static CslName SplitFamilyParticle(CslName name, string family)
    {
        // Leading lowercase words ("van der", "de la", "d'") form the non-dropping particle.
        var end = 0;
        var i = 0;
        while (i < family.Length && char.IsLower(family[i]))
        {
            var j = i;
            while (j < family.Length && family[j] != ' ' && family[j] != '\'' && family[j] != '\u2019' && family[j] != '-')
            {
                j++;
            }

            if (j >= family.Length)
            {
                break;
            }

            if (family[j] == '-' && (j + 1 >= family.Length || !char.IsUpper(family[j + 1])))
            {
                break;
            }

            end = family[j] == ' ' ? j : j + 1;
            i = j + 1;
            while (i < family.Length && family[i] == ' ')
            {
                i++;
            }
        }

        if (end == 0 || i >= family.Length)
        {
            return name;
        }

        return name with { NonDroppingParticle = family.Substring(0, end).TrimEnd(), Family = family.Substring(i) };
    }

    private static CslName SplitGiven(CslName name, string given)
    {
        // "John, Jr." or "John, III": a suffix after a comma; "!" after the comma forces a comma before the suffix.
        var comma = given.IndexOf(',');
        if (comma > 0 && name.Suffix is null)
        {
            var suffix = given.Substring(comma + 1).Trim();
            var forced = suffix.StartsWith("!", StringComparison.Ordinal);
            if (forced)
            {
                suffix = suffix.Substring(1).Trim();
            }

            name = name with { Given = given.Substring(0, comma).Trim(), Suffix = suffix, CommaSuffix = name.CommaSuffix || forced };
            given = name.Given!;
        }

        // Trailing lowercase words in given ("Vincent van") are the dropping particle.
        if (name.DroppingParticle is null)
        {
            var words = given.Split(' ');
            var first = words.Length;
            while (first > 1 && words[first - 1].Length > 0 && char.IsLower(words[first - 1][0]))
            {
                first--;
            }

            if (first < words.Length && first > 0)
            {
                name = name with
                {
                    Given = string.Join(" ", words, 0, first),
                    DroppingParticle = string.Join(" ", words, first, words.Length - first),
                };
            }
        }

        return name;
    }
}
