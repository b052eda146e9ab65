namespace DocGen;

/// <summary>One part of a shelfmark, e.g. "f. 45": label "f.", kind "fond", value "45".</summary>
public sealed class ArchivalLocator
{
    /// <summary>Creates a locator.</summary>
    public ArchivalLocator(string label, string kind, string value)
    {
        Label = label;
        Kind = kind;
        Value = value;
    }

    /// <summary>The label as written ("f.", "op.", "Fond", "RG"); empty for a part with no label.</summary>
    public string Label { get; }

    /// <summary>
    /// The label's meaning in lower-case English ("fond", "opis", "delo", "list", "papka", "record-group", "folder",
    /// "file", "box", "page" ...); empty for a part with no label.
    /// </summary>
    public string Kind { get; }

    /// <summary>The value ("45", "17-18", "059a").</summary>
    public string Value { get; }

    /// <summary>The locator as written: label and value.</summary>
    public override string ToString() => Label.Length == 0 ? Value : Label + " " + Value;
}
