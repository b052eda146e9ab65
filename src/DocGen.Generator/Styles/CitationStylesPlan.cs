using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Styles;

/// <summary>A usable style or locale: its member name and its file's text, which the generated code parses at run time.</summary>
public sealed record CslMember(string Name, string Path, string Xml);

/// <summary>What the CSL files give: the styles and locales to generate, in the namespace given, and their problems.</summary>
public sealed record CitationStylesPlan(string Namespace, string Accessibility, bool Nullable, EquatableArray<CslMember> Styles, EquatableArray<CslMember> Locales, EquatableArray<DiagnosticInfo> Diagnostics);
