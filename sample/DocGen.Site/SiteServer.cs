using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DocGen.Site;

/// <summary>The web server: every request goes to the <see cref="SiteRouter"/>; GET and HEAD only.</summary>
public static class SiteServer
{
    public static WebApplication Create(SiteRouter router, string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var app = builder.Build();
        app.Run(async context =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }

            var query = context.Request.Query;
            var response = router.Handle(context.Request.Path.Value ?? "/", name => query.TryGetValue(name, out var value) ? value.ToString() : null);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            if (response.DownloadName is { } name)
            {
                // The id may hold any character: the header value class quotes and encodes it (filename and filename*).
                context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name, FileNameStar = name }.ToString();
            }

            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        });
        return app;
    }
}
