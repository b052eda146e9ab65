namespace DocGen;

/// <summary>
/// A name as a title writes it, split into the name and the alias the Wilson Center gives in brackets: "Filippov
/// [Stalin]" is the name Filippov, used by the person known as Stalin. A name without brackets has no alias. Only a
/// trailing bracket after a space is an alias; the text is never changed (<see cref="Text"/> is what citations use).
/// </summary>
public sealed class PersonName
{
    private PersonName(string text, string name, string? alias)
    {
        Text = text;
        Name = name;
        Alias = alias;
    }

    /// <summary>The name as the title writes it ("Filippov [Stalin]").</summary>
    public string Text { get; }

    /// <summary>The name the document is signed or addressed with ("Filippov").</summary>
    public string Name { get; }

    /// <summary>Who the name stands for, as the brackets give it ("Stalin"), or null when it has none.</summary>
    public string? Alias { get; }

    /// <summary>Splits <paramref name="text"/> ("Filippov [Stalin]") into name and alias.</summary>
    public static PersonName Parse(string text)
    {
        if (NameAlias.Split(text, out var name, out var alias))
        {
            return new PersonName(text, name, alias);
        }

        return new PersonName(text, text, null);
    }

    /// <summary>The text, as the title writes it.</summary>
    public override string ToString() => Text;
}
