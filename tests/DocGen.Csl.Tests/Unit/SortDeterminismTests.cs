using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using DocGen.Csl.SortProbe;

namespace DocGen.Csl.Tests.Unit;

/// <summary>Bibliography order is the same in every culture and with invariant globalization (no ICU) on or off.</summary>
public sealed class SortDeterminismTests
{
    // Accents and case do not separate letters; "æ"-like letters file under their Latin spelling; Ø under O, Ł under L.
    private const string Expected = "Aaron, A\nÅberg, A\nAhn, A\nÉmile, A\nIbáñez, A\nibsen, A\nŁukasz, A\nØdegaard, A\nŒhler, A\nOstrowski, A\nZola, A";

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("sv-SE")]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    public void The_order_does_not_depend_on_the_current_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(Expected, Normalize(SortedNames.Render()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public async System.Threading.Tasks.Task The_order_is_the_same_with_invariant_globalization_on_and_off(string invariant)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "DocGen.Csl.SortProbe.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(probe);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the probe did not finish in 120 s");
        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(Expected, Normalize(await output));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
