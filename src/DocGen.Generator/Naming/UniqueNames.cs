using System.Collections.Generic;
using System.Globalization;

namespace DocGen.Generator.Naming;

/// <summary>How a generated list (persons, terms, places) makes a taken name unique: "_2", "_3" ... after it.</summary>
internal static class UniqueNames
{
    /// <summary>The first of <paramref name="wanted"/>, wanted_2, wanted_3 ... not in <paramref name="taken"/>, which then holds it.</summary>
    public static string Take(string wanted, HashSet<string> taken)
    {
        var name = wanted;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = wanted + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }
}
