using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// The last few values read from plain strings, by the string's UTF-8 bytes: a history names the same ids again and again
/// (its intervention, its counsellor, a session), so a value met before is found by comparing bytes instead of parsing
/// them again. Only a value the reader's own parsing gave for exactly these bytes is kept, so a value found is the value
/// the parse gives. Each entry is immutable and replaced whole: a converter shared by several threads reads a whole entry
/// or none.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal sealed class RecentValues<T>
{
    private const int Size = 4;

    private readonly Entry?[] _entries = new Entry?[Size];
    private int _next;

    /// <summary>The value kept for the plain string at the reader, if it was read before.</summary>
    public bool TryFind(ref Utf8JsonReader reader, out T value)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return TryFind(reader.ValueSpan, out value);
        }

        value = default!;
        return false;
    }

    /// <summary>The value kept for exactly these bytes (a plain string's), if it was read before.</summary>
    public bool TryFind(ReadOnlySpan<byte> text, out T value)
    {
        foreach (var entry in _entries)
        {
            if (entry is not null && text.SequenceEqual(entry.Utf8))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps the value the plain string at the reader was parsed to (a string escaped or in pieces is not kept).</summary>
    public void Keep(ref Utf8JsonReader reader, T value)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            Keep(reader.ValueSpan, value);
        }
    }

    /// <summary>Keeps the value a plain string of exactly these bytes was parsed to.</summary>
    public void Keep(ReadOnlySpan<byte> text, T value)
    {
        var slot = _next;
        _entries[slot] = new Entry(text.ToArray(), value);
        _next = (slot + 1) % Size;
    }

    private sealed record Entry(byte[] Utf8, T Value);
}
