using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Csl.Tests.Suite;
using Xunit.Abstractions;

namespace DocGen.Csl.Tests;

/// <summary>Runs every fixture of the CSL processor test suite (processor-tests/humans, read in place) and holds the
/// result to the committed expected-failures list: an unexpected failure fails, and so does an unexpected pass.</summary>
public sealed class CslTestSuiteTests
{
    private const int SuiteSize = 845;
    private readonly ITestOutputHelper _output;

    public CslTestSuiteTests(ITestOutputHelper output) => _output = output;

    [SuiteFact]
    public void Every_fixture_passes_unless_listed_as_an_expected_failure()
    {
        var expected = ExpectedFailures.Load(ExpectedFailures.FilePath);
        var files = Directory.GetFiles(SuiteFolder.Fixtures, "*.txt", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var results = new List<(Fixture Fixture, bool Passed, string Actual)>();
        foreach (var file in files)
        {
            var fixture = Fixture.Read(file);
            string actual;
            try
            {
                actual = FixtureRunner.Run(fixture, SuiteFolder.Locales);
            }
            catch (Exception e)
            {
                // A fixture that throws is a failure of that fixture, not of the run.
                actual = "exception: " + e.GetType().Name + ": " + e.Message;
            }

            results.Add((fixture, actual == fixture.Result, actual));
        }

        foreach (var category in results.GroupBy(r => r.Fixture.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"{category.Key}: {category.Count(r => r.Passed)} of {category.Count()}");
        }

        var unknown = expected.Keys.Where(name => results.All(r => r.Fixture.Name != name)).ToList();
        var unexpectedFailures = results.Where(r => !r.Passed && !expected.ContainsKey(r.Fixture.Name)).ToList();
        var unexpectedPasses = results.Where(r => r.Passed && expected.ContainsKey(r.Fixture.Name)).ToList();
        foreach (var failure in unexpectedFailures.Take(20))
        {
            _output.WriteLine($"UNEXPECTED FAILURE {failure.Fixture.Name}\n--- expected\n{failure.Fixture.Result}\n--- actual\n{failure.Actual}");
        }

        foreach (var pass in unexpectedPasses)
        {
            _output.WriteLine($"UNEXPECTED PASS {pass.Fixture.Name} (remove it from expected-failures.txt)");
        }

        foreach (var name in unknown)
        {
            _output.WriteLine($"UNKNOWN FIXTURE {name} in expected-failures.txt");
        }

        // For working on the processor: DOCGEN_CSL_FAILURES names a file to receive every failure with both texts.
        if (Environment.GetEnvironmentVariable("DOCGEN_CSL_FAILURES") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump, results.Where(r => !r.Passed).Select(r => $"=== {r.Fixture.Name}\n--- expected\n{r.Fixture.Result}\n--- actual\n{r.Actual}"));
        }

        var passed = results.Count(r => r.Passed);
        _output.WriteLine($"CSL test suite: {passed} of {SuiteSize} passed");

        Assert.Equal(SuiteSize, results.Count);
        Assert.Empty(unknown);
        Assert.Empty(unexpectedFailures.Select(r => r.Fixture.Name));
        Assert.Empty(unexpectedPasses.Select(r => r.Fixture.Name));
    }
}
