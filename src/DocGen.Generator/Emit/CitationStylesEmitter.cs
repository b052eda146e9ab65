using System.Text;
using DocGen.Generator.Styles;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes CitationStyles and CitationLocales: a property per checked CSL file, which parses the file's text the first
/// time it is read (the checks ran at build time, so the parse succeeds). C# 7.3 unless the consumer's C# has nullable annotations.
/// </summary>
public static class CitationStylesEmitter
{
    public const string HintName = "CitationStyles.g.cs";

    public static string Emit(CitationStylesPlan plan)
    {
        var builder = new StringBuilder();
        builder.Append(Generated.Header(plan.Nullable)).Append("namespace ").Append(plan.Namespace).Append("\n{\n");
        Class(builder, plan, "CitationStyles", "The CSL styles (.csl) added as AdditionalFiles, checked at build time; cite with ArchiveDocument.Cite(style, ...).", "CslCitationStyle", plan.Styles);
        Class(builder, plan, "CitationLocales", "The CSL locales (locales-xx-XX.xml) added as AdditionalFiles, checked at build time.", "CslLocale", plan.Locales);
        return builder.Append("}\n").ToString();
    }

    private static void Class(StringBuilder builder, CitationStylesPlan plan, string name, string summary, string type, Core.Model.EquatableArray<CslMember> members)
    {
        if (members.Count == 0)
        {
            return;
        }

        builder.Append("    /// <summary>").Append(summary).Append("</summary>\n    ").Append(plan.Accessibility).Append(" static class ").Append(name).Append("\n    {\n");
        foreach (var member in members)
        {
            var field = "_" + char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1);
            builder.Append("        private static global::DocGen.").Append(type).Append(Generated.Nullable(plan.Nullable)).Append(' ').Append(field).Append(";\n\n")
                .Append("        /// <summary>From ").Append(DocComment.Escape(System.IO.Path.GetFileName(member.Path))).Append(".</summary>\n")
                .Append("        public static global::DocGen.").Append(type).Append(' ').Append(member.Name).Append("\n        {\n")
                .Append("            get { return ").Append(field).Append(" ?? (").Append(field).Append(" = global::DocGen.").Append(type).Append(".Parse(")
                .Append(CSharpLiteral.Quote(member.Xml)).Append(")); }\n        }\n\n");
        }

        builder.Append("    }\n");
    }
}
