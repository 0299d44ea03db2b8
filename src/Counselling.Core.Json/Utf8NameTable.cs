using System;
using System.Collections.Generic;
using System.Linq;

namespace Counselling.Core.Json;

/// <summary>
/// Values found by their name's UTF-8 bytes, as a reader gives a plain (unescaped) string: no string made, no text decoded.
/// The names are grouped by length; the few of one length are compared byte by byte.
/// </summary>
/// <typeparam name="TValue">The value a name gives.</typeparam>
internal sealed class Utf8NameTable<TValue>
    where TValue : class
{
    private readonly (byte[] Name, TValue Value)[][] _byLength;

    public Utf8NameTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var encoded = entries.Select(p => (Name: System.Text.Encoding.UTF8.GetBytes(p.Key), p.Value)).ToList();
        _byLength = new (byte[] Name, TValue Value)[(encoded.Count == 0 ? 0 : encoded.Max(e => e.Name.Length)) + 1][];
        foreach (var group in encoded.GroupBy(e => e.Name.Length))
        {
            _byLength[group.Key] = [.. group];
        }
    }

    /// <summary>The value named by exactly these bytes, or <see langword="null"/>.</summary>
    public TValue? Find(ReadOnlySpan<byte> utf8Name)
    {
        if ((uint)utf8Name.Length >= (uint)_byLength.Length || _byLength[utf8Name.Length] is not { } candidates)
        {
            return null;
        }

        foreach (var (name, value) in candidates)
        {
            if (utf8Name.SequenceEqual(name))
            {
                return value;
            }
        }

        return null;
    }
}
