using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using DocGen.Site.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Site.Tests.Infrastructure;

/// <summary>The sample site served on a free local port, once for a test class; disposed with the class.</summary>
public sealed class RunningSite : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var router = new SiteRouter(SiteArchive.FromCatalog(typeof(DocGen.Site.Archive)));
        _app = SiteServer.Create(router, new[] { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" });
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
        Client = new HttpClient { BaseAddress = Address };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
