using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Core.Formats.Markdown;
using DocGen.Corpus;

// dotnet run --project tools/DocGen.Corpus -c Release -- --count 16000 --seed 1 --out <dir> [--clean] [--verify]
var count = 1000;
var seed = 1;
string? output = null;
var clean = false;
var verify = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length:
            count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed" when i + 1 < args.Length:
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--clean":
            clean = true;
            break;
        case "--verify":
            verify = true;
            break;
        default:
            return Usage("unknown argument '" + args[i] + "'");
    }
}

if (output is null || count < 1 || count > 999_999)
{
    return Usage(output is null ? "--out is required" : "--count must be 1 to 999999");
}

Directory.CreateDirectory(output);
var stale = Directory.GetFiles(output, "*.md");
if (stale.Length > 0)
{
    if (!clean)
    {
        return Usage(output + " already holds " + stale.Length.ToString(CultureInfo.InvariantCulture) + " .md files; pass --clean to delete them first");
    }

    foreach (var file in stale)
    {
        File.Delete(file);
    }
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var bodies = new List<int>(count);
long totalBytes = 0;
int noCitation = 0, noUrl = 0, noSummary = 0, wrapped = 0, cyrillic = 0, cjk = 0;
var problems = new SortedDictionary<string, int>(StringComparer.Ordinal);
var ids = new HashSet<string>(StringComparer.Ordinal);
var duplicateIds = 0;
foreach (var document in CorpusGenerator.Generate(seed, count))
{
    var bytes = utf8.GetBytes(document.Text);
    File.WriteAllBytes(Path.Combine(output, document.FileName), bytes);
    totalBytes += bytes.Length;
    bodies.Add(document.BodyBytes);
    var text = document.Text;
    noCitation += text.Contains("**Citation:**", StringComparison.Ordinal) ? 0 : 1;
    noUrl += text.Contains("/document/", StringComparison.Ordinal) ? 0 : 1;
    noSummary += text.Contains("**Summary:**", StringComparison.Ordinal) ? 0 : 1;
    wrapped += text.IndexOf("  \n", text.IndexOf("**  \n", StringComparison.Ordinal) + 5, StringComparison.Ordinal) is var w && w > 0 && w < text.IndexOf("\n\n", 2, StringComparison.Ordinal) ? 1 : 0;
    cyrillic += text.Any(c => c is >= '\u0400' and <= '\u04FF') ? 1 : 0;
    cjk += text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF') ? 1 : 0;
    if (verify)
    {
        var parsed = ArchiveDocumentParser.Parse(document.FileName, text);
        foreach (var problem in parsed.Problems)
        {
            var key = problem.Code.ToString();
            problems[key] = problems.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        duplicateIds += ids.Add(parsed.Id) ? 0 : 1;
    }
}

bodies.Sort();
string Kb(double bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";
string Pct(int n) => n.ToString(CultureInfo.InvariantCulture) + " (" + (100.0 * n / count).ToString("0.0", CultureInfo.InvariantCulture) + "%)";
Console.WriteLine($"wrote {count} documents, seed {seed}, to {Path.GetFullPath(output)}");
Console.WriteLine($"  total {(totalBytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MiB; file mean {Kb((double)totalBytes / count)}");
Console.WriteLine($"  body min {Kb(bodies[0])}, median {Kb(bodies[count / 2])}, mean {Kb(bodies.Average())}, p99 {Kb(bodies[(int)(count * 0.99)])}, max {Kb(bodies[count - 1])}");
Console.WriteLine($"  wrapped titles {Pct(wrapped)}; no citation {Pct(noCitation)}; no URL {Pct(noUrl)}; no summary {Pct(noSummary)}; Cyrillic {Pct(cyrillic)}; CJK {Pct(cjk)}");
if (verify)
{
    Console.WriteLine($"  parser problems: {(problems.Count == 0 ? "none" : string.Join(", ", problems.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))))}; duplicate ids {duplicateIds}");
}

return 0;

static int Usage(string error)
{
    Console.Error.WriteLine("error: " + error);
    Console.Error.WriteLine("usage: DocGen.Corpus --count N --seed S --out DIR [--clean] [--verify]");
    return 2;
}
