using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Authorities;

/// <summary>
/// Writes a volume's <c>Persons</c> and <c>Terms</c> classes inside its collection's class (a partial of the class
/// the catalog writes): one field per entry, typed, with the list's text as its XML docs, <c>Get</c> by list id, and <c>All</c> in list order.
/// </summary>
public static class AuthorityEmitter
{
    private const string Person = "global::DocGen.ArchivePerson";
    private const string Term = "global::DocGen.ArchiveTerm";

    public static string Emit(AuthoritySource source)
    {
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        NestedClasses.Open(writer, source.Namespace, source.Classes);

        if (source.Persons.Count > 0)
        {
            WriteList(writer, source.PersonsClass, Person, "persons", source.Persons, source.Catalog);
        }

        if (source.Terms.Count > 0)
        {
            if (source.Persons.Count > 0)
            {
                writer.Line();
            }

            WriteList(writer, source.TermsClass, Term, "terms", source.Terms, null);
        }

        NestedClasses.Close(writer, source.Namespace, source.Classes);

        return writer.ToString();
    }

    // A person also gets its documents by id and the catalog's Get to find them; a term has none.
    private static void WriteList(SourceWriter writer, string className, string type, string what, IReadOnlyList<AuthorityMember> members, string? catalog)
    {
        var count = members.Count.ToString(CultureInfo.InvariantCulture);
        writer.Line("/// <summary>The volume's " + what + " list: " + count + " entries, in the list's order.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + className);
        foreach (var member in members)
        {
            var doc = member.Text.Length == 0 ? member.Name : member.Name + ": " + member.Text;
            writer.Line("/// <summary>" + DocComment.Escape(doc) + " (" + DocComment.Escape(member.Id) + ")</summary>");
            writer.Line("public static readonly " + type + " " + member.Member + " = new " + type + "("
                + CSharpLiteral.Quote(member.Id) + ", " + CSharpLiteral.Quote(member.Name) + ", " + CSharpLiteral.Quote(member.Text) + ", "
                + Strings(member.SeeAlso) + Documents(member.Documents, catalog) + ");");
            writer.Line();
        }

        WriteGetAndAll(writer, type, what, members.Select(m => (m.Id, m.Member)).ToList());
        writer.Close();
    }

    /// <summary>A list class's <c>Get(id)</c> and <c>All</c> over its members, given as (id, member name) in list order.</summary>
    internal static void WriteGetAndAll(SourceWriter writer, string type, string what, IReadOnlyList<(string Id, string Member)> members)
    {
        writer.Line("/// <summary>The entry with the list id <paramref name=\"id\"/> (\"" + DocComment.Escape(members[0].Id) + "\"), e.g. to follow a see-also.</summary>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No entry of the list has that id.</exception>");
        // A switch statement, not an expression: the consumer's C# may be older than 8.
        writer.Open("public static " + type + " " + GeneratedNames.Get + "(string id)");
        writer.Open("switch (id)");
        foreach (var member in members)
        {
            writer.Line("case " + CSharpLiteral.Quote(member.Id) + ": return " + member.Member + ";");
        }

        writer.Line("default: throw new global::System.Collections.Generic.KeyNotFoundException(\"No entry with id '\" + id + \"' in the " + what + " list.\");");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Every entry of the list, in the list's order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> " + GeneratedNames.All + " { get; } = new " + type + "[] { "
            + string.Join(", ", members.Select(m => m.Member)) + " };");
    }

    internal static string Documents(PersonDocuments documents, string? catalog) =>
        catalog is null
            ? string.Empty
            : ", " + Strings(documents.Sent) + ", " + Strings(documents.Received) + ", " + Strings(documents.MentionedIn) + ", " + catalog + "." + GeneratedNames.Get;

    internal static string Strings(IReadOnlyList<string> values) =>
        values.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", values.Select(CSharpLiteral.Quote)) + " }";
}
