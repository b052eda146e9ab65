using System;
using DocGen.Site;
using DocGen.Site.Catalog;

// The catalog site of the archive DocGen typed at compile time (Archive, generated from the archive folder's records).
var router = new SiteRouter(SiteArchive.FromCatalog(typeof(Archive)));
if (args.Length > 0 && args[0] == "export")
{
    // `export <folder>`: the whole site as static files with relative links.
    if (args.Length != 2)
    {
        Console.Error.WriteLine("usage: DocGen.Site export <folder>");
        return 2;
    }

    var result = StaticExport.Write(router, args[1]);
    Console.WriteLine($"Wrote {result.Files.Count} files to {System.IO.Path.GetFullPath(args[1])}.");
    foreach (var id in result.SkippedIds)
    {
        Console.Error.WriteLine($"Left out the document '{id}': its id cannot be a file's path.");
    }

    return 0;
}

var app = SiteServer.Create(router, args);

// The word index reads every document's text (seconds at 16k documents): built in the background once the site
// listens, so start-up stays short and a first search seldom waits for it (one that comes sooner waits, once).
app.Lifetime.ApplicationStarted.Register(() => System.Threading.Tasks.Task.Run(router.Search.BuildIndex));
await app.RunAsync();
return 0;
