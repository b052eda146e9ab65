namespace DocGen.Generator.Pipeline;

/// <summary>Names of the generator's incremental steps, so tests can assert what reran after an edit.</summary>
public static class TrackingNames
{
    public const string HasSpan = nameof(HasSpan);
    public const string Options = nameof(Options);
    public const string Declarations = nameof(Declarations);
    public const string Names = nameof(Names);
    public const string Inputs = nameof(Inputs);
    public const string Parsed = nameof(Parsed);
    public const string Facts = nameof(Facts);
    public const string Keys = nameof(Keys);
    public const string Catalog = nameof(Catalog);
    public const string DocumentSources = nameof(DocumentSources);
    public const string FileTables = nameof(FileTables);
    public const string DocumentDiagnostics = nameof(DocumentDiagnostics);
    public const string InvalidOptions = nameof(InvalidOptions);
    public const string CitationStyle = nameof(CitationStyle);
    public const string ConstantStyle = nameof(ConstantStyle);
    public const string Authorities = nameof(Authorities);
    public const string AuthoritySources = nameof(AuthoritySources);
    public const string PersonLinks = nameof(PersonLinks);
    public const string PlaceLinks = nameof(PlaceLinks);
    public const string PlaceSources = nameof(PlaceSources);
    public const string CitedBy = nameof(CitedBy);
    public const string OtherVolumeLinks = nameof(OtherVolumeLinks);
    public const string VolumePages = nameof(VolumePages);
    public const string PageLinks = nameof(PageLinks);
    public const string PeopleFiles = nameof(PeopleFiles);
    public const string NamedPeople = nameof(NamedPeople);
    public const string People = nameof(People);
    public const string CslFiles = nameof(CslFiles);
    public const string CitationStyles = nameof(CitationStyles);
}
