using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DocGen.Tests.Model;

/// <summary>What a public member of a runtime type is to the tests: compared with a parsed member, or derived.</summary>
public enum MemberRole
{
    /// <summary>Compared with the parsed model's member at <see cref="RuntimeMember.ParsedPath"/>.</summary>
    Compared,

    /// <summary>Computed from compared members; <see cref="RuntimeMember.Reason"/> says from which.</summary>
    Derived,
}

/// <summary>One public member of a runtime type, as the comparer and the decoded view see it.</summary>
public sealed record RuntimeMember(MemberInfo Member, MemberRole Role, string ParsedPath, string? Reason)
{
    public string Name => Member.Name;

    /// <summary>A property or field (a value the decoded view prints); a method is listed as derived or fails the comparison.</summary>
    public bool IsValue => Member is PropertyInfo or FieldInfo;

    public Type ValueType => Member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo f => f.FieldType,
        _ => typeof(void),
    };

    public object? ValueOf(object owner) => Member switch
    {
        PropertyInfo property => property.GetValue(owner),
        FieldInfo f => f.GetValue(owner),
        _ => throw new InvalidOperationException(Name + " is a method, not a value"),
    };
}

/// <summary>
/// The one walker over the runtime document's public surface (ArchiveDocument and the DocGen types it holds), shared
/// by the round-trip, fuzz and CLI comparisons and the decoded snapshots. Members are matched with the parsed model by
/// name; the two tables below are the only exceptions, each entry with its reason. Static members are not document
/// data (DocumentDate.Unknown) and are not walked.
/// </summary>
public static class RuntimeMembers
{
    /// <summary>Runtime members whose parsed counterpart has another name or sits deeper (a dotted path).</summary>
    private static readonly Dictionary<(Type Type, string Member), string> Counterparts = new()
    {
        // The runtime's date exposes its start's precision for convenience; the parsed date keeps it on Start only.
        [(typeof(DocumentDate), nameof(DocumentDate.Precision))] = "Start.Precision",

        // Fields is a dictionary at run time and a list of DocumentField(Label, Value) in the model.
        [(typeof(KeyValuePair<,>), "Key")] = "Label",
    };

    /// <summary>Runtime members computed from compared ones, so comparing their sources covers them.</summary>
    private static readonly Dictionary<(Type Type, string Member), string> Derived = new()
    {
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.ToCslJson))] = CitationSource,
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.ToBibTeX))] = CitationSource,
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.ToRis))] = CitationSource,
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.Cite))] = CitationSource,
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.CiteAsHistorian))] = CitationSource,
        [(typeof(ArchiveDocument), nameof(ToString))] = "the Title",
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.AuthorNames))] = "Authors, each split by PersonName.Parse",
        [(typeof(ArchiveDocument), nameof(ArchiveDocument.RecipientNames))] = "Recipients, each split by PersonName.Parse",

        [(typeof(DocumentDate), nameof(DocumentDate.IsExact))] = "IsRange, IsApproximate, IsUncertain and Start.Precision",
        [(typeof(DocumentDate), nameof(DocumentDate.TryGetDateTime))] = DateSource,
        [(typeof(DocumentDate), nameof(DocumentDate.ToDateTime))] = DateSource,
        [(typeof(DocumentDate), nameof(DocumentDate.TryGetDateOnly))] = DateSource,
        [(typeof(DocumentDate), nameof(DocumentDate.ToDateOnly))] = DateSource,
        [(typeof(DocumentDate), nameof(DocumentDate.CompareTo))] = "Start and End",
        [(typeof(DocumentDate), nameof(Equals))] = ValueSemantics,
        [(typeof(DocumentDate), nameof(GetHashCode))] = ValueSemantics,
        [(typeof(DocumentDate), nameof(ToString))] = "the Text",

        [(typeof(DatePoint), nameof(DatePoint.TryGetDateTime))] = PointSource,
        [(typeof(DatePoint), nameof(DatePoint.ToDateTime))] = PointSource,
        [(typeof(DatePoint), nameof(DatePoint.TryGetDateOnly))] = PointSource,
        [(typeof(DatePoint), nameof(DatePoint.ToDateOnly))] = PointSource,
        [(typeof(DatePoint), nameof(DatePoint.CompareTo))] = PointSource,
        [(typeof(DatePoint), nameof(Equals))] = ValueSemantics,
        [(typeof(DatePoint), nameof(GetHashCode))] = ValueSemantics,
        [(typeof(DatePoint), nameof(ToString))] = PointSource,

        [(typeof(ArchivalReference), nameof(ToString))] = "the Raw text",
        [(typeof(ArchivalLocator), nameof(ToString))] = "Label and Value",
        [(typeof(DocumentLink), nameof(DocumentLink.Url))] = "Volume and Target",
        [(typeof(DocumentLink), nameof(ToString))] = "Volume and Target",
    };

    /// <summary>A type's members never change while the tests run; the fuzz round trip asks for them per value.</summary>
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<RuntimeMember>> Cache = new();

    private const string CitationSource = "built by the citation record from Id, Title, Date, Authors, Recipients, ArchiveName, ArchiveLocation, Url, "
        + "CitedLanguage, Summary, Number, Pages and Volume, all compared; the citation tests check the text";

    private const string DateSource = "IsExact and Start";

    private const string PointSource = "Year, Month, Day and Precision";

    private const string ValueSemantics = "the compared members";

    /// <summary>
    /// Every public instance member a caller of <paramref name="type"/> can reach, properties and fields first, then
    /// methods (one entry per name, overloads together), each in ordinal name order. A method that neither table
    /// names, or a member of an unlisted name the parsed model may lack, is returned as Compared; the comparer then
    /// fails on it by name, which is the point: nothing public goes unchecked by accident.
    /// </summary>
    public static IReadOnlyList<RuntimeMember> Of(Type type) => Cache.GetOrAdd(type, Find);

    private static IReadOnlyList<RuntimeMember> Find(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        if (IsPair(type))
        {
            // A dictionary entry: Key and Value are the data; Deconstruct and ToString are the BCL's, not DocGen's.
            return new[] { type.GetProperty("Key")!, type.GetProperty("Value")! }.Select(p => Describe(type, p)).ToList();
        }

        var values = type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
            .Concat(type.GetFields(flags))
            .OrderBy(m => m.Name, StringComparer.Ordinal);

        // Methods the type itself declares (its overrides of ToString and Equals too); object's own are not its surface.
        var methods = type.GetMethods(flags | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName)
            .GroupBy(m => m.Name, StringComparer.Ordinal).Select(g => (MemberInfo)g.First())
            .OrderBy(m => m.Name, StringComparer.Ordinal);

        return values.Concat(methods).Select(member => Describe(type, member)).ToList();
    }

    /// <summary>Entries of the two tables that name no public member of their type (renamed or removed since): "Type.Member".</summary>
    public static IEnumerable<string> StaleEntries() =>
        Counterparts.Keys.Concat(Derived.Keys)
            .Where(key => key.Type.GetMember(key.Member, BindingFlags.Public | BindingFlags.Instance).Length == 0)
            .Select(key => key.Type.Name + "." + key.Member);

    /// <summary>A <see cref="KeyValuePair{TKey, TValue}"/>, an entry of a runtime dictionary.</summary>
    public static bool IsPair(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);

    private static RuntimeMember Describe(Type type, MemberInfo member)
    {
        var key = (type.IsGenericType ? type.GetGenericTypeDefinition() : type, member.Name);
        if (Derived.TryGetValue(key, out var reason))
        {
            return new RuntimeMember(member, MemberRole.Derived, member.Name, reason);
        }

        return new RuntimeMember(member, MemberRole.Compared, Counterparts.TryGetValue(key, out var path) ? path : member.Name, null);
    }
}
