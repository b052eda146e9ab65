// Shared source: compiled into DocGen.Core (the TEI reader writes documents' URLs and page-table keys) and the runtime (a link's URL, its key).
#if DOCGEN_CORE
namespace DocGen.Core.Formats.Tei;
#else
namespace DocGen;
#endif

/// <summary>The Office of the Historian's addresses of FRUS volumes' documents and pages, stated once.</summary>
internal static class FrusSite
{
    /// <summary>The site's base address; an id's address is this, the volume id, "/" and the id.</summary>
    public const string Base = "https://history.state.gov/historicaldocuments/";

    /// <summary>The address of <paramref name="id"/> ("d12", "pg_587") in <paramref name="volume"/> ("frus1951v07p1").</summary>
    public static string Url(string volume, string id) => Base + volume + "/" + id;

    /// <summary>
    /// <paramref name="id"/> in <paramref name="volume"/> as a TEI <c>ref</c> writes it ("frus1950v06#pg_587"): also
    /// the key of the generated page table, which the generator writes and the runtime looks up.
    /// </summary>
    public static string Target(string volume, string id) => volume + "#" + id;
}
