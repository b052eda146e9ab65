namespace DocGen.Generator.Emit;

/// <summary>
/// Names of the members DocGen generates itself. The emitters write them from here, and the planner never gives a
/// document one of them, so a title can never produce a member that clashes with them.
/// </summary>
public static class GeneratedNames
{
    public const string All = "All";
    public const string Ids = "Ids";
    public const string Count = "Count";
    public const string TryGet = "TryGet";
    public const string Get = "Get";
    public const string Index = "Index";
    public const string ShardOf = "ShardOf";
    public const string Id = "Id";
    public const string Title = "Title";
    public const string Url = "Url";
    public const string Citation = "Citation";
    public const string DateText = "DateText";
    public const string Document = "Document";
    public const string Shard = "Shard";
    public const string FormattedCitation = "FormattedCitation";
    public const string CitedBy = "CitedBy";
    public const string People = "People";

    /// <summary>Members of the catalog class.</summary>
    public static readonly string[] CatalogMembers = { All, Ids, Count, TryGet, Get, Index, ShardOf, CitedBy, People };

    /// <summary>Members of each document's class.</summary>
    public static readonly string[] DocumentMembers = { Id, Title, Url, Citation, DateText, Document, FormattedCitation };

    /// <summary>Members every class inherits from object; a static property of the same name would hide one (CS0108).</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>Namespaces the generated code names with <c>global::</c>; a global type of the same name would hide them.</summary>
    public static readonly string[] RootNamespaces = { "System", "DocGen", "global" };
}
