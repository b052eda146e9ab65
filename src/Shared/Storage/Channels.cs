// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>Steps every layout takes, written once for writers and readers alike.</summary>
internal static class Channels
{
    /// <summary>
    /// A list's count: a writer stores its length; a reader reads the count and, when it differs from what the list
    /// holds (an empty list to fill), makes a new list of that length for the layout to fill.
    /// </summary>
    public static void Count<T>(this INumberChannel channel, ref T[] items)
    {
        var count = items.Length;
        channel.Number(ref count);
        if (count != items.Length)
        {
            items = count >= 0 ? new T[count] : throw PackedNumbers.Corrupt();
        }
    }

    /// <summary>A list of strings that are never null: its count, then each.</summary>
    public static void List(this IRecordChannel channel, ref string[] values)
    {
        channel.Count(ref values);
        for (var i = 0; i < values.Length; i++)
        {
            channel.Required(ref values[i]);
        }
    }

    /// <summary>A list of <typeparamref name="T"/>, each made empty for a reader and walked by <paramref name="walk"/>.</summary>
    public static void Items<T>(this IRecordChannel channel, ref T[] items, System.Action<IRecordChannel, T> walk)
        where T : class, new()
    {
        channel.Count(ref items);
        for (var i = 0; i < items.Length; i++)
        {
            walk(channel, items[i] ??= new T());
        }
    }

    /// <summary>One flag as the number 0 or 1.</summary>
    public static void Flag(this INumberChannel channel, ref bool flag)
    {
        var bit = flag ? 1 : 0;
        channel.Number(ref bit);
        flag = bit != 0;
    }

    /// <summary>Flags packed into one number, bit i for flag i, so a record spends one digit on them.</summary>
    public static void Flags(this INumberChannel channel, ref bool first, ref bool second, ref bool third)
    {
        var bits = (first ? 1 : 0) | (second ? 2 : 0) | (third ? 4 : 0);
        channel.Number(ref bits);
        first = (bits & 1) != 0;
        second = (bits & 2) != 0;
        third = (bits & 4) != 0;
    }
}
