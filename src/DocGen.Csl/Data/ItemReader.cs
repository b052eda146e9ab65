using System;
using System.Collections.Generic;
using System.Globalization;

namespace DocGen.Csl.Data;

/// <summary>Reads CSL-JSON (an array of items) into <see cref="CslItem"/> values. A value's shape says its kind:
/// a list of objects is a name list, an object is a date, anything else an ordinary variable.</summary>
public static class ItemReader
{
    public static IReadOnlyList<CslItem> ReadAll(string json)
    {
        var result = new List<CslItem>();
        if (Json.Parse(json) is List<object?> array)
        {
            foreach (var element in array)
            {
                if (element is Dictionary<string, object?> obj)
                {
                    result.Add(Read(obj));
                }
            }
        }

        return result;
    }

    public static CslItem Read(Dictionary<string, object?> obj)
    {
        var variables = new Dictionary<string, string>(CslItem.Keys);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(CslItem.Keys);
        var dates = new Dictionary<string, CslDate>(CslItem.Keys);
        foreach (var pair in obj)
        {
            switch (pair.Value)
            {
                case List<object?> list when pair.Key != "categories":
                    names[pair.Key] = ReadNames(list);
                    break;
                case Dictionary<string, object?> date:
                    dates[pair.Key] = DateReader.Read(date);
                    break;
                case string text when DateReader.IsDateVariable(pair.Key):
                    dates[pair.Key] = DateReader.ReadRaw(text);
                    break;
                default:
                    var text2 = Scalar(pair.Value);
                    if (text2 is not null)
                    {
                        variables[pair.Key] = text2;
                    }

                    break;
            }
        }

        if (variables.TryGetValue("note", out var note))
        {
            NoteFields.Read(note, variables, dates);
        }

        var id = variables.TryGetValue("id", out var idText) ? idText : string.Empty;
        var type = variables.TryGetValue("type", out var typeText) ? typeText : "article";
        return new CslItem(id, type, variables, names, dates);
    }

    internal static string? Scalar(object? value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => null,
    };

    private static IReadOnlyList<CslName> ReadNames(List<object?> list)
    {
        var result = new List<CslName>();
        foreach (var element in list)
        {
            if (element is Dictionary<string, object?> obj)
            {
                result.Add(NameParser.Read(obj));
            }
        }

        return result;
    }
}
