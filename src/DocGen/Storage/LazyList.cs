using System;
using System.Collections;
using System.Collections.Generic;

namespace DocGen.Storage;

/// <summary>A read-only list whose items are made on demand, so listing the archive builds only what is read.</summary>
internal sealed class LazyList<T> : IReadOnlyList<T>
{
    private readonly Func<int, T> _item;

    public LazyList(int count, Func<int, T> item)
    {
        Count = count;
        _item = item;
    }

    public int Count { get; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
