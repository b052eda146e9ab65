namespace DocGen.Generator.Pipeline;

/// <summary>
/// A document's address, unique in the archive: its file's path, or the path, "#" and its part for a document of a
/// file that holds many. Diagnostics still point at the file's path; the pipeline tells documents apart by address.
/// </summary>
public static class Addresses
{
    public static string Of(string path, string part) => part.Length == 0 ? path : path + "#" + part;
}
