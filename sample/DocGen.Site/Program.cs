using DocGen.Site;
using DocGen.Site.Catalog;

// The catalog site of the archive DocGen typed at compile time (Archive, generated from the sample's records).
var router = new SiteRouter(SiteArchive.FromCatalog(typeof(Archive)));
await SiteServer.Create(router, args).RunAsync();
