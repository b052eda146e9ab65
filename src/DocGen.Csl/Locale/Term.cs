namespace DocGen.Csl.Locale;

/// <summary>A locale term in one form: singular and plural text, the noun's gender, and for ordinals the gender it
/// agrees with and how a number must match it.</summary>
public sealed record Term(string Name, string Form, string Single, string Multiple, string? Gender, string? GenderForm, string? Match);
