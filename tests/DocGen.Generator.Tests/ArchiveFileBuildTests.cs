using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// Which files DocGen's build files hand the compiler and embed, under what names, and what a bad file or option
/// costs: a DocGen warning, never a compiler error, and the rest of the archive builds and runs. Real builds, so many
/// cases share each one.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public class ArchiveFileBuildTests
{
    private static string Document(int number, string body = "Body.") =>
        $"**June 5, 1951**  \n**Telegram {number} With A Title Long Enough To Be Sliced Out Of The File**\n\n**Citation:**\n\n"
        + $"\"Telegram {number} With A Title Long Enough To Be Sliced Out Of The File\", June 5, 1951, Wilson Center Digital Archive, "
        + $"APRF, f. 45, op. 1, d. {number}, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/{number}>\n\n{body}\n";

    private static string Title(int number) => $"Telegram {number} With A Title Long Enough To Be Sliced Out Of The File";

    [Fact]
    public void HostileFilesAreLeftOutWithDocGenWarningsAndTheRestRuns()
    {
        using var project = new ConsumerProject();
        project.Write("Archive/good.md", Document(1));
        project.Write("Archive/Twin.md", Document(2));
        project.Write("Archive/twin.md", Document(3));
        project.Write("Archive/listed-twice.md", Document(4));
        var deep = "Archive/" + string.Join("/", Enumerable.Repeat(new string('d', 60), 20)) + "/deep.md";
        project.Write(deep, Document(5));
        project.Write("Archive/semi;colon.md", Document(6));
        project.Write("Archive/per%41cent.md", Document(7));
        project.Write("Archive/o'brien, letter.md", Document(12));
        project.Write("Archive/line\nbreak.md", Document(8));
        project.WriteBytes("Archive/image.md", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0 });
        var bad = Encoding.UTF8.GetBytes(Document(9, "Bo?dy."));
        bad[Array.IndexOf(bad, (byte)'?')] = 0xFF;
        project.WriteBytes("Archive/bad-byte.md", bad);
        project.Write("Archive/big.md", Document(10, new string('x', 3000)));
        project.Write("Archive/README.md", "# About this archive\n");
        project.Write("Notes/outside.md", Document(11));
        project.AddToProject($"""
              <PropertyGroup><DocGenMaxFileSize>2000</DocGenMaxFileSize></PropertyGroup>
              <ItemGroup Condition="'$(ListTwice)' != 'false'">
                <AdditionalFiles Include="./Archive/listed-twice.md" />
                <AdditionalFiles Include="{Path.Combine(project.Folder, "Archive", "listed-twice.md")}" />
              </ItemGroup>
            """);
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DG0015.severity = warning\n");

        var (built, output) = project.Build();
        var printed = output.Replace('\\', '/');
        Assert.True(built == 0, output);
        Assert.DoesNotMatch(@"(error|warning) (CS|MSB)\d", printed);
        Assert.Contains("warning DG0038: Archive files whose paths differ only in letter case", printed);
        Assert.Contains("warning DG0038: An archive file's name holds a line break", printed);
        Assert.Contains("'" + project.Folder.Replace('\\', '/') + "/Archive/line<LF>break.md'", printed);
        Assert.Contains("Archive/image.md : warning DG0034: The file holds a NUL character (line 3, column 1)", printed);
        Assert.Contains("<AdditionalFiles Update=\"Archive/image.md\" DocGenInclude=\"false\" />", printed);
        Assert.Contains("Archive/bad-byte.md(8,3): warning DG0035:", printed);
        Assert.Contains("Archive/big.md(1,1): warning DG0015:", printed);
        Assert.DoesNotContain("README", printed);
        Assert.DoesNotContain("DG0002", printed);
        Assert.DoesNotContain("DG0037", printed);
        Assert.DoesNotContain("DG0012", printed);

        // Embedded: each readable file once, under a short name of safe characters; not the one over the limit, not
        // the one that is not UTF-8 (its text would not match), not the binary one.
        var resources = BuildTests.Resources(project);
        Assert.Equal(7, resources.Length);
        Assert.All(resources, name => Assert.Matches("^DocGen\\.Archive\\.[0-9a-f]{16}$", name));

        var (ran, lines) = project.Run();
        Assert.True(ran == 0, lines);
        foreach (var number in new[] { 1, 4, 5, 6, 7, 12 })
        {
            Assert.Single(Regex.Matches(lines, Regex.Escape(Title(number)) + "\\r?\\n"));
        }

        Assert.Equal(1, new[] { 2, 3 }.Count(number => lines.Contains(Title(number))));
        foreach (var number in new[] { 8, 9, 10, 11 })
        {
            Assert.DoesNotContain(Title(number), lines);
        }

        // DocGenWarningsAsErrors reaches the warnings the build targets issue, not only the compiler's.
        var (strict, errors) = project.Build("-p:DocGenCitationStyle=Apa%3Bx", "-p:DocGenWarningsAsErrors=true");
        Assert.True(strict != 0, errors);
        Assert.Contains("error DG0036: The MSBuild property DocGenCitationStyle is 'Apa;x'", errors);
        Assert.Contains("error DG0034:", errors);
        Assert.Contains("error DG0038:", errors);

        // The documents in Archive/, the project looking in archive/: an empty archive, with the folder that differs
        // only in case named. The same build has option values it cannot use, each named with its value (a build is
        // slow, and what it says about the options does not depend on the archive).
        var (empty, warned) = project.Build(
            "-p:DocGenArchiveFolder=archive", "-p:ListTwice=false",
            "-p:DocGenDocumentMembers=yes", "-p:DocGenEmbedDocuments=maybe", "-p:DocGenMaxFileSize=abc", "-p:DocGenCitationStyle=Apa%3Bx");
        Assert.True(empty == 0, warned);
        Assert.Contains("warning DG0037: The archive is empty: DocGen looked for .md and .xml files in '" + project.Folder.Replace('\\', '/') + "/archive'", warned.Replace('\\', '/'));
        Assert.Contains("the folder 'Archive' differs only in letter case: rename it to 'archive', or set <DocGenArchiveFolder>Archive</DocGenArchiveFolder>", warned);
        Assert.Contains("warning DG0036: The MSBuild property DocGenDocumentMembers is 'yes', which is not true or false, so true is used", warned);
        Assert.Contains("warning DG0036: The MSBuild property DocGenEmbedDocuments is 'maybe', which is not true or false, so true is used", warned);
        Assert.Contains("warning DG0036: The MSBuild property DocGenMaxFileSize is 'abc', which is not a whole number from 1 to 999999999", warned);
        Assert.Contains("warning DG0036: The MSBuild property DocGenCitationStyle is 'Apa;x', which holds a ';'", warned);
    }
}
