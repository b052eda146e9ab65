using System;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;

namespace DocGen.Citations.Tests;

/// <summary>
/// The oracle's packages are installed by the tests themselves when missing, once, and a failure is a printed reason,
/// not a crash. A stand-in npm (a shell script) records its calls, so no package is downloaded here.
/// </summary>
public sealed class OracleInstallTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docgen-oracle-" + Guid.NewGuid().ToString("N"));

    public OracleInstallTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [UnixFact]
    public void MissingPackagesAreInstalledWithNpmCiOnce()
    {
        var npm = FakeNpm("echo \"$@\" >> calls.txt\nmkdir -p node_modules/citeproc\necho {} > node_modules/citeproc/package.json\necho {} > node_modules/.package-lock.json\n");

        Assert.Null(OracleInstall.Ensure(_folder, npm));
        Assert.Null(OracleInstall.Ensure(_folder, npm));

        Assert.Equal(new[] { "ci --no-audit --no-fund" }, File.ReadAllLines(Path.Combine(_folder, "calls.txt")));
    }

    [UnixFact]
    public void AFailingNpmGivesTheReasonItPrinted()
    {
        var npm = FakeNpm("echo 'npm error code E404' >&2\nexit 1\n");

        var reason = OracleInstall.Ensure(_folder, npm);

        Assert.Equal("citeproc is not installed: `npm ci` in tests/DocGen.Citations.Tests/oracle failed with exit code 1: npm error code E404", reason);
    }

    [Fact]
    public void AMissingNpmGivesAReason()
    {
        var reason = OracleInstall.Ensure(_folder, Path.Combine(_folder, "no-such-npm"));

        Assert.Equal("citeproc is not installed and npm was not found: install Node.js (with npm), or run `npm ci` in tests/DocGen.Citations.Tests/oracle", reason);
    }

    [Fact]
    public void InstalledPackagesAreLeftAlone()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "node_modules", "citeproc"));
        File.WriteAllText(Path.Combine(_folder, "node_modules", "citeproc", "package.json"), "{}");
        File.WriteAllText(Path.Combine(_folder, "node_modules", ".package-lock.json"), "{}");

        Assert.Null(OracleInstall.Ensure(_folder, Path.Combine(_folder, "no-such-npm")));
    }

    [Fact]
    public void AnInstallKilledHalfWayIsNotTakenForInstalled()
    {
        // npm writes node_modules/.package-lock.json last; a killed install can leave citeproc's folder without it.
        Directory.CreateDirectory(Path.Combine(_folder, "node_modules", "citeproc"));

        Assert.NotNull(OracleInstall.Ensure(_folder, Path.Combine(_folder, "no-such-npm")));
    }

    private string FakeNpm(string body)
    {
        var path = Path.Combine(_folder, "npm");
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>The stand-in npm is a shell script, which only Unix runs as a program.</summary>
    private sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute()
        {
            if (OperatingSystem.IsWindows())
            {
                Skip = "the stand-in npm is a shell script";
            }
        }
    }
}
