using System;

namespace Counselling.Core.Json;

/// <summary>
/// A converter that reads its value from the content of a plain JSON string (no escape) in the form this package writes,
/// given its UTF-8 bytes, exactly as it reads that string from a JSON reader: a typed id's GUID, an instant, an enum's name.
/// Its form holds only ASCII letters, digits and punctuation other than the quote and the backslash, so text it reads is
/// a plain JSON string.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal interface IPlainTextReader<T>
{
    /// <summary>The value of a string written with exactly these bytes; <see langword="false"/> for any other text.</summary>
    bool TryReadPlain(ReadOnlySpan<byte> text, out T value);
}
