namespace DocGen.Generator.Styles;

/// <summary>A CSL file as the pipeline carries it: its path and text (value-equal, so unchanged files stay cached).</summary>
public sealed record CslFileInput(string Path, string Text);
