using System.Collections.Generic;

namespace DocGen.Csl.Output;

/// <summary>Unicode superscript characters and the letters they raise (their compatibility decompositions): citeproc-js
/// writes each as the base letter in &lt;sup&gt;, so HTML output does the same.</summary>
internal static class Superscripts
{
    public static readonly IReadOnlyDictionary<string, string> Base = new Dictionary<string, string>
    {
        ["\u00AA"] = "a", ["\u00B2"] = "2", ["\u00B3"] = "3", ["\u00B9"] = "1", ["\u00BA"] = "o", ["\u02B0"] = "h",
        ["\u02B1"] = "\u0266", ["\u02B2"] = "j", ["\u02B3"] = "r", ["\u02B4"] = "\u0279", ["\u02B5"] = "\u027B",
        ["\u02B6"] = "\u0281", ["\u02B7"] = "w", ["\u02B8"] = "y", ["\u02E0"] = "\u0263", ["\u02E1"] = "l",
        ["\u02E2"] = "s", ["\u02E3"] = "x", ["\u02E4"] = "\u0295", ["\u1D2C"] = "A", ["\u1D2D"] = "\u00C6",
        ["\u1D2E"] = "B", ["\u1D30"] = "D", ["\u1D31"] = "E", ["\u1D32"] = "\u018E", ["\u1D33"] = "G",
        ["\u1D34"] = "H", ["\u1D35"] = "I", ["\u1D36"] = "J", ["\u1D37"] = "K", ["\u1D38"] = "L", ["\u1D39"] = "M",
        ["\u1D3A"] = "N", ["\u1D3C"] = "O", ["\u1D3D"] = "\u0222", ["\u1D3E"] = "P", ["\u1D3F"] = "R",
        ["\u1D40"] = "T", ["\u1D41"] = "U", ["\u1D42"] = "W", ["\u1D43"] = "a", ["\u1D44"] = "\u0250",
        ["\u1D45"] = "\u0251", ["\u1D46"] = "\u1D02", ["\u1D47"] = "b", ["\u1D48"] = "d", ["\u1D49"] = "e",
        ["\u1D4A"] = "\u0259", ["\u1D4B"] = "\u025B", ["\u1D4C"] = "\u025C", ["\u1D4D"] = "g", ["\u1D4F"] = "k",
        ["\u1D50"] = "m", ["\u1D51"] = "\u014B", ["\u1D52"] = "o", ["\u1D53"] = "\u0254", ["\u1D54"] = "\u1D16",
        ["\u1D55"] = "\u1D17", ["\u1D56"] = "p", ["\u1D57"] = "t", ["\u1D58"] = "u", ["\u1D59"] = "\u1D1D",
        ["\u1D5A"] = "\u026F", ["\u1D5B"] = "v", ["\u1D5C"] = "\u1D25", ["\u1D5D"] = "\u03B2", ["\u1D5E"] = "\u03B3",
        ["\u1D5F"] = "\u03B4", ["\u1D60"] = "\u03C6", ["\u1D61"] = "\u03C7", ["\u2070"] = "0", ["\u2071"] = "i",
        ["\u2074"] = "4", ["\u2075"] = "5", ["\u2076"] = "6", ["\u2077"] = "7", ["\u2078"] = "8", ["\u2079"] = "9",
        ["\u207A"] = "+", ["\u207B"] = "\u2212", ["\u207C"] = "=", ["\u207D"] = "(", ["\u207E"] = ")",
        ["\u207F"] = "n", ["\u2120"] = "SM", ["\u2122"] = "TM", ["\u3192"] = "\u4E00", ["\u3193"] = "\u4E8C",
        ["\u3194"] = "\u4E09", ["\u3195"] = "\u56DB", ["\u3196"] = "\u4E0A", ["\u3197"] = "\u4E2D",
        ["\u3198"] = "\u4E0B", ["\u3199"] = "\u7532", ["\u319A"] = "\u4E59", ["\u319B"] = "\u4E19",
        ["\u319C"] = "\u4E01", ["\u319D"] = "\u5929", ["\u319E"] = "\u5730", ["\u319F"] = "\u4EBA",
        ["\u02C0"] = "\u0294", ["\u02C1"] = "\u0295", ["\u06E5"] = "\u0648", ["\u06E6"] = "\u064A",
    };
}
