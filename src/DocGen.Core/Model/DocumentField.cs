namespace DocGen.Core.Model;

/// <summary>A labelled section DocGen has no property for, kept as label and text.</summary>
public sealed record DocumentField(string Label, string Value);
