namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>One rendering the oracle does: the style file at <paramref name="StylePath"/> in <paramref name="Locale"/>, its results under <paramref name="Name"/>.</summary>
public sealed record OracleJob(string Name, string StylePath, string Locale);
