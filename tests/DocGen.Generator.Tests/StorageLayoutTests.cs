using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DocGen.Generator.Emit;
using Runtime = DocGen.Storage;
using Written = DocGen.Generator.Storage;

namespace DocGen.Generator.Tests;

/// <summary>
/// The record layout is one definition: every field of the stored model, filled with a value of its own, reads back
/// through the runtime as written. A field added to StoredDocument but left out of RecordLayout fails here.
/// </summary>
public class StorageLayoutTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryStoredFieldReadsBackAsWritten(bool wide)
    {
        var values = new Values();
        var written = (Written.StoredDocument)values.Fill(typeof(Written.StoredDocument));

        // Nothing is sliced: a file would have to be embedded in an assembly for the reader to load it.
        written.FileResource = null;
        var pool = new Written.PoolWriter();
        var record = RecordWriter.Write(written, null, pool);
        var encoded = pool.Encoded();
        var shard = new Runtime.DocumentShard(typeof(StorageLayoutTests).Assembly, ShardWriter.Data(new[] { record }, encoded, wide), string.Concat(encoded));

        var read = shard.Read(0);

        var fields = new List<string>();
        AssertSame(written, read, nameof(Written.StoredDocument), fields);

        // The walk saw every field, nested ones too (a source's locators), so the comparison above is not vacuous.
        Assert.Contains("StoredDocument.Sources[1].Locators[1].Value", fields);
        Assert.Contains("StoredDocument.Date.End.Precision", fields);
        Assert.Contains("StoredDocument.Date.IsUncertain", fields);
        Assert.Contains("StoredDocument.Attachments[1].Notes[1].Paragraph", fields);
        Assert.Contains("StoredDocument.Volume[0].Coverage.Edtf", fields);
    }

    [Fact]
    public void AFieldLeftOutOfTheLayoutIsCaught()
    {
        // The comparison itself must see a difference a forgotten field would leave: the reader's default.
        var values = new Values();
        var written = (Written.StoredDocument)values.Fill(typeof(Written.StoredDocument));
        var unread = new Runtime.StoredDocument();

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSame(written, unread, nameof(Written.StoredDocument), new List<string>()));
    }

    /// <summary>Compares the generator's and the runtime's copies of the stored model field by field, by name.</summary>
    private static void AssertSame(object? expected, object? actual, string path, List<string> seen)
    {
        seen.Add(path);
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, path + ": one side is null");
            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type == typeof(string))
        {
            Assert.True(Equals(expected, actual), path + ": wrote " + expected + ", read " + actual);
            return;
        }

        if (type.IsArray)
        {
            var left = ((Array)expected).Cast<object?>().ToList();
            var right = ((Array)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, path + ": wrote " + left.Count + " items, read " + right.Count);
            for (var i = 0; i < left.Count; i++)
            {
                AssertSame(left[i], right[i], path + "[" + i + "]", seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            var other = actual.GetType().GetField(field.Name) ?? throw new Xunit.Sdk.XunitException(path + "." + field.Name + " has no runtime counterpart");
            AssertSame(field.GetValue(expected), other.GetValue(actual), path + "." + field.Name, seen);
        }
    }

    /// <summary>Gives every field a value no other field has, so a value read into the wrong field shows.</summary>
    private sealed class Values
    {
        private int _next = 1;

        public object Fill(Type type)
        {
            if (type == typeof(string))
            {
                return "value " + _next++;
            }

            if (type == typeof(int))
            {
                return _next++;
            }

            if (type == typeof(bool))
            {
                return true;
            }

            if (type.IsArray)
            {
                var items = Array.CreateInstance(type.GetElementType()!, 2);
                for (var i = 0; i < items.Length; i++)
                {
                    items.SetValue(Fill(type.GetElementType()!), i);
                }

                return items;
            }

            var instance = Activator.CreateInstance(type)!;
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                field.SetValue(instance, Fill(field.FieldType));
            }

            return instance;
        }
    }
}
