using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// The printed volume a document was published in (a volume of Foreign Relations of the United States), as its
/// header states it. Missing texts are null.
/// </summary>
public sealed class PublishedVolume
{
    internal PublishedVolume(
        string id, string? fullTitle, string? series, string? subseries, string? volumeNumber, string? volumeTitle, IReadOnlyList<VolumeEditor> editors,
        string? publisher, string? publicationPlace, string? publicationYear, DocumentDate coverage)
    {
        Id = id;
        FullTitle = fullTitle;
        Series = series;
        Subseries = subseries;
        VolumeNumber = volumeNumber;
        VolumeTitle = volumeTitle;
        Editors = ReadOnly.List(editors);
        Publisher = publisher;
        PublicationPlace = publicationPlace;
        PublicationYear = publicationYear;
        Coverage = coverage;
    }

    /// <summary>The volume's id ("frus1969-76v19p1").</summary>
    public string Id { get; }

    /// <summary>The full title, as the title page gives it.</summary>
    public string? FullTitle { get; }

    /// <summary>The series ("Foreign Relations of the United States").</summary>
    public string? Series { get; }

    /// <summary>The subseries ("1969–1976").</summary>
    public string? Subseries { get; }

    /// <summary>The volume's number ("Volume XIX, Part 1").</summary>
    public string? VolumeNumber { get; }

    /// <summary>The volume's own title ("Korea, 1969–1972").</summary>
    public string? VolumeTitle { get; }

    /// <summary>The editors, in the header's order, each with its role.</summary>
    public IReadOnlyList<VolumeEditor> Editors { get; }

    /// <summary>The publisher.</summary>
    public string? Publisher { get; }

    /// <summary>The place of publication.</summary>
    public string? PublicationPlace { get; }

    /// <summary>The year of publication as written ("2009").</summary>
    public string? PublicationYear { get; }

    /// <summary>The dates the volume covers; unknown when it declares none.</summary>
    public DocumentDate Coverage { get; }
}

/// <summary>An editor of a volume.</summary>
public sealed class VolumeEditor
{
    internal VolumeEditor(string name, string? role)
    {
        Name = name;
        Role = role;
    }

    /// <summary>The editor's name as the header writes it.</summary>
    public string Name { get; }

    /// <summary>The role ("primary", "general"), or null.</summary>
    public string? Role { get; }
}
