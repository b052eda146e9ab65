using System.Globalization;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// How documents are spread over generated files: at most <see cref="Count"/>, whatever the archive's size, because
/// thousands of files cost the compiler and the driver far more than a few dozen larger ones, and a file is small
/// enough that an edit re-emits little. Each file holds one table of its documents' records.
/// </summary>
public static class DocumentTables
{
    /// <summary>The one layout constant the runtime reads too (<see cref="Storage.StorageLayout.TableCount"/>).</summary>
    public const int Count = Storage.StorageLayout.TableCount;

    /// <summary>FNV-1a over the member name's UTF-16 code units: stable across runs, machines and .NET versions.</summary>
    public static int Of(string memberName)
    {
        var hash = 2166136261u;
        foreach (var c in memberName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }

    /// <summary>The class that holds table <paramref name="table"/>, in the documents' namespace.</summary>
    public static string ClassName(int table) => "DocGenTable" + Number(table);

    public static string Number(int table) => table.ToString("00", CultureInfo.InvariantCulture);
}
