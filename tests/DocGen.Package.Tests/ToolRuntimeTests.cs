using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;

namespace DocGen.Package.Tests;

/// <summary>
/// The docgen tool runs on .NET 8 and later: it is built for net8.0 and asks the host to roll forward to a later
/// major version when 8 is not installed. The build the tests reference is the one `dotnet pack` puts in the tool
/// package (tools/net8.0/any), runtimeconfig.json included.
/// </summary>
public sealed class ToolRuntimeTests
{
    private static string ToolFile(string extension) => Path.Combine(AppContext.BaseDirectory, "DocGen.Cli" + extension);

    [Fact]
    public void TheToolIsBuiltForDotNet8()
    {
        var target = typeof(Cli.Cli).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETCoreApp,Version=v8.0", target?.FrameworkName);
    }

    [Fact]
    public void TheToolRollsForwardToLaterMajorVersions()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(ToolFile(".runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions");

        Assert.Equal("net8.0", options.GetProperty("tfm").GetString());
        Assert.Equal("Major", options.GetProperty("rollForward").GetString());
        Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
        Assert.Equal("8.0.0", options.GetProperty("framework").GetProperty("version").GetString());
    }

    [Fact]
    public void TheBuiltToolRunsOnTheRuntimesOfThisMachine()
    {
        // Where .NET 8 is not installed (a machine with only .NET 10, say), this starts only because of RollForward.
        using var archive = new TempFolder("docgen-runtime");
        archive.Write("telegram.md", Documents.Telegram);

        var (exit, output) = DotNetCommand.Run(AppContext.BaseDirectory, new[] { ToolFile(".dll"), "check", archive.Path }, timeoutSeconds: 120);

        Assert.True(exit == 0, output);
        Assert.Equal("1 files checked: 0 error(s), 0 warning(s)", output.Trim());
    }
}
