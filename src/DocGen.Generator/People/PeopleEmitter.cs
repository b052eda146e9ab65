using System.Globalization;
using System.Linq;
using DocGen.Generator.Authorities;
using DocGen.Generator.Emit;

namespace DocGen.Generator.People;

/// <summary>
/// Writes the catalog's <c>People</c> class from the authority files: one field per person, <c>Get</c> by the file's
/// id and <c>All</c> in file order. A separate file, so no document's record depends on the index.
/// </summary>
public static class PeopleEmitter
{
    private const string Person = "global::DocGen.ProjectPerson";

    public static string Emit(PeopleSource source)
    {
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        var classes = new[] { source.CatalogName };
        NestedClasses.Open(writer, source.Namespace, classes);
        var count = source.Members.Count.ToString(CultureInfo.InvariantCulture);
        writer.Line("/// <summary>The project's people, as its authority files list them: " + count + " persons, each with the documents joined to them across collections.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + GeneratedNames.People);
        foreach (var member in source.Members)
        {
            var aliases = member.Aliases.Count == 0 ? string.Empty : " (also " + string.Join(", ", member.Aliases) + ")";
            writer.Line("/// <summary>" + DocComment.Escape(member.Name + aliases) + " (" + DocComment.Escape(member.Id) + ")</summary>");
            writer.Line("public static readonly " + Person + " " + member.Member + " = new " + Person + "("
                + CSharpLiteral.Quote(member.Id) + ", " + CSharpLiteral.Quote(member.Name) + ", " + AuthorityEmitter.Strings(member.Aliases) + ", "
                + (member.Wikidata is null ? "null" : CSharpLiteral.Quote(member.Wikidata)) + ", " + AuthorityEmitter.Strings(member.FrusEntries)
                + AuthorityEmitter.Documents(member.Documents, source.Catalog) + ");");
            writer.Line();
        }

        AuthorityEmitter.WriteGetAndAll(writer, Person, "people", source.Members.Select(m => (m.Id, m.Member)).ToList());
        writer.Close();
        NestedClasses.Close(writer, source.Namespace, classes);
        return writer.ToString();
    }
}
