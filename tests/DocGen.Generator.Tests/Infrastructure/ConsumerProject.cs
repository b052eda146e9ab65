using System;
using System.IO;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// A throwaway consumer project in a temporary folder that uses DocGen the way the sample does (project references
/// and the build files), built with the real `dotnet build` to see what a user sees.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public ConsumerProject()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docgen-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Folder, "Archive"));
        var fromSource = Repository.Path("src", "DocGen.Generator", "FromSource");
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{fromSource}/DocGen.FromSource.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <Import Project="{fromSource}/DocGen.FromSource.targets" />
            </Project>
            """);
        Write("Program.cs", DefaultProgram);
    }

    private const string DefaultProgram = "foreach (var d in Consumer.Archive.All) System.Console.WriteLine(d.Title);\n";

    public string Folder { get; }

    public void Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file's exact bytes, making its folders.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Adds MSBuild elements to the project file, after the project's own and before DocGen's targets.</summary>
    public void AddToProject(string elements)
    {
        var path = System.IO.Path.Combine(Folder, "Consumer.csproj");
        var project = File.ReadAllText(path);
        var targets = project.LastIndexOf("  <Import Project=", StringComparison.Ordinal);
        File.WriteAllText(path, project.Insert(targets, elements + "\n"));
    }

    /// <summary>Runs the built program; returns the exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Run() =>
        DotNetCommand.Run(Folder, new[] { System.IO.Path.Combine("bin", "Debug", "net10.0", "Consumer.dll") });

    /// <summary>Back to the state the constructor left: no documents, no .globalconfig, the first program (the build output is kept).</summary>
    public void Reset()
    {
        var archive = System.IO.Path.Combine(Folder, "Archive");
        Directory.Delete(archive, recursive: true);
        Directory.CreateDirectory(archive);
        File.Delete(System.IO.Path.Combine(Folder, ".globalconfig"));
        Write("Program.cs", DefaultProgram);
    }

    /// <summary>
    /// Runs `dotnet build` with extra MSBuild arguments; returns the exit code and everything it printed. The compiler
    /// always runs; the projects in src/ are built only if they are not already.
    /// </summary>
    public (int ExitCode, string Output) Build(params string[] arguments)
    {
        DotNetCommand.ForceCompile(Folder, "Consumer");
        return DotNetCommand.Build(Folder, arguments);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
