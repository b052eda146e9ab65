// Each document of Archive/ is a typed value, checked at compile time: add your own exports there and build.
Console.WriteLine($"The archive holds {DocGenConsole.Archive.Count} documents, oldest first.");
foreach (var document in DocGenConsole.Archive.All)
{
    Console.WriteLine($"{document.Date.Edtf} {document.Title}");
    Console.WriteLine($"  {document.Citation}");
}
