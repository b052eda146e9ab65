namespace DocGen.Generator.Options;

/// <summary>
/// Whether the compilation can see System.ReadOnlySpan, which UTF-8 literals need. A class of two instances rather than
/// a bool: a value type would make the driver compile its generic nodes once more for it alone.
/// </summary>
public sealed class SpanSupport
{
    public static readonly SpanSupport Available = new(true);

    public static readonly SpanSupport Missing = new(false);

    private SpanSupport(bool hasSpan) => HasSpan = hasSpan;

    public bool HasSpan { get; }

    public static SpanSupport Of(bool hasSpan) => hasSpan ? Available : Missing;
}
