using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Unicode;

namespace Counselling.Research.Files.Reading;

/// <summary>
/// Cuts a JSON Lines record written the plain way (as <c>counsel</c> writes it: one flat object, no spaces between
/// tokens, strings in UTF-8 with the one-letter escapes, whole numbers, <c>true</c>, <c>false</c>, <c>null</c>) into its
/// cells in one pass over the bytes. Anything else (a <c>\u</c> escape, a space between tokens, a fraction, a nested
/// value, bytes that are not UTF-8, a broken line) is left to the general reader, which gives the same cells or names
/// the problem: this pass only ever says "cut, exactly as the general reader would" or "not mine".
/// </summary>
internal static class FlatJsonLine
{
    /// <summary>The bytes that end or leave the plain part of a string: the quote, the backslash, controls and any byte past ASCII.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(StopBytes());

    /// <summary>Each column's name in UTF-8 followed by the quote and colon that end a key, in the order of <see cref="CohortColumns.All"/>.</summary>
    private static readonly byte[][] Keys = [.. CohortColumns.All.Select(name => Encoding.UTF8.GetBytes(name + "\":"))];

    /// <summary>Cuts the record into <paramref name="cells"/>.</summary>
    /// <param name="bytes">The record, without its BOM.</param>
    /// <param name="cells">The cells (partly written when the pass gives up: the caller clears them).</param>
    /// <returns>Whether the record was plain and is cut; <see langword="false"/> when the general reader must read it.</returns>
    public static bool TryCut(ReadOnlySpan<byte> bytes, FieldBuffer cells)
    {
        if (bytes.Length < 2 || bytes[0] != (byte)'{')
        {
            return false;
        }

        var at = 1;
        var expected = 0;
        if (bytes[at] == (byte)'}')
        {
            return IsTail(bytes[(at + 1)..]);
        }

        while (true)
        {
            // The name.
            if (at >= bytes.Length || bytes[at] != (byte)'"')
            {
                return false;
            }

            at++;
            var column = (uint)expected < (uint)Keys.Length && bytes[at..].StartsWith(Keys[expected]) ? expected : KeyAhead(bytes[at..], expected + 1);
            if (column >= 0)
            {
                // The key the writers put next (or one of the few after it, a column left out between), its closing quote
                // and its colon: no search for the end of the name.
                at += Keys[column].Length;
            }
            else
            {
                var nameLength = bytes[at..].IndexOfAny(StringStops);
                if (nameLength < 0 || bytes[at + nameLength] != (byte)'"')
                {
                    return false;
                }

                var name = bytes.Slice(at, nameLength);
                at += nameLength + 1;
                column = CohortColumns.IndexOf(name, expected);
                if (at >= bytes.Length || bytes[at] != (byte)':')
                {
                    return false;
                }

                at++;
            }

            expected = column >= 0 ? column + 1 : expected;
            if (at >= bytes.Length)
            {
                return false;
            }

            // The value.
            var first = bytes[at];
            if (first == (byte)'"')
            {
                at++;
                var length = bytes[at..].IndexOfAny(StringStops);
                if (length < 0)
                {
                    return false;
                }

                if (bytes[at + length] != (byte)'"')
                {
                    // An escape or text past ASCII: the string read with them, or left to the general reader (which
                    // also checks the escapes of a column it does not keep).
                    length = EndOfString(bytes[at..]);
                    if (length < 0 || column < 0 || !WriteText(cells, column, bytes.Slice(at, length)))
                    {
                        return false;
                    }
                }
                else if (column >= 0)
                {
                    Write(cells, column, bytes.Slice(at, length));
                }

                at += length + 1;
            }
            else if (char.IsAsciiDigit((char)first))
            {
                var length = 1;
                while (at + length < bytes.Length && char.IsAsciiDigit((char)bytes[at + length]))
                {
                    length++;
                }

                // A leading zero before more digits is not JSON: the general reader names it.
                if (first == (byte)'0' && length > 1)
                {
                    return false;
                }

                if (column >= 0)
                {
                    Write(cells, column, bytes.Slice(at, length));
                }

                at += length;
            }
            else if (Literal(bytes[at..], "true"u8) || Literal(bytes[at..], "false"u8))
            {
                var length = first == (byte)'t' ? 4 : 5;
                if (column >= 0)
                {
                    Write(cells, column, bytes.Slice(at, length));
                }

                at += length;
            }
            else if (Literal(bytes[at..], "null"u8))
            {
                at += 4;
            }
            else
            {
                return false;
            }

            // What follows the value: the next name, or the end of the object and of the line.
            if (at >= bytes.Length)
            {
                return false;
            }

            if (bytes[at] == (byte)',')
            {
                at++;
                continue;
            }

            return bytes[at] == (byte)'}' && IsTail(bytes[(at + 1)..]);
        }
    }

    /// <summary>Whether a literal stands at the start, ended by a character that may follow a value (a number or a letter would make another token).</summary>
    private static bool Literal(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> literal)
        => bytes.StartsWith(literal) && bytes.Length > literal.Length && bytes[literal.Length] is (byte)',' or (byte)'}';

    /// <summary>What may follow the object on its line: JSON white space only.</summary>
    private static bool IsTail(ReadOnlySpan<byte> rest) => rest.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    /// <summary>Writes an ASCII value into its cell, trimmed as the general reader trims it.</summary>
    private static void Write(FieldBuffer cells, int column, ReadOnlySpan<byte> ascii)
    {
        Ascii.ToUtf16(ascii, cells.Reserve(column, ascii.Length), out _);

        // The plain part of a string holds no control character: the only white space it can start or end with is a
        // space. Without one at either end (most cells), the length reserved is already the cell's.
        if (!ascii.IsEmpty && (ascii[0] == (byte)' ' || ascii[^1] == (byte)' '))
        {
            cells.Shrink(column, ascii.Length);
        }
    }

    /// <summary>The length of a string's content up to its closing quote (escapes skipped), or -1 when the line ends first.</summary>
    private static int EndOfString(ReadOnlySpan<byte> rest)
    {
        var at = 0;
        while (true)
        {
            var stop = rest[at..].IndexOfAny((byte)'"', (byte)'\\');
            if (stop < 0)
            {
                return -1;
            }

            at += stop;
            if (rest[at] == (byte)'"')
            {
                return at;
            }

            at += 2;
            if (at >= rest.Length)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Writes a string's content holding escapes or text past ASCII, as <see cref="System.Text.Json.Utf8JsonReader.CopyString(Span{char})"/>
    /// writes it: well-formed UTF-8 and the one-letter escapes only; a <c>\\u</c> escape, a control character or bytes that
    /// are not UTF-8 give up (the general reader reads or refuses them).
    /// </summary>
    private static bool WriteText(FieldBuffer cells, int column, ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }

        var chars = cells.Reserve(column, raw.Length);
        var written = 0;
        while (true)
        {
            var escape = raw.IndexOf((byte)'\\');
            var text = escape < 0 ? raw : raw[..escape];
            if (Utf8.ToUtf16(text, chars[written..], out _, out var count, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            written += count;
            if (escape < 0)
            {
                break;
            }

            char unescaped;
            switch (raw[escape + 1])
            {
                case (byte)'"': unescaped = '"'; break;
                case (byte)'\\': unescaped = '\\'; break;
                case (byte)'/': unescaped = '/'; break;
                case (byte)'b': unescaped = '\b'; break;
                case (byte)'f': unescaped = '\f'; break;
                case (byte)'n': unescaped = '\n'; break;
                case (byte)'r': unescaped = '\r'; break;
                case (byte)'t': unescaped = '\t'; break;
                default: return false;
            }

            chars[written++] = unescaped;
            raw = raw[(escape + 2)..];
        }

        cells.Shrink(column, written);
        return true;
    }

    /// <summary>How many keys from the one after the expected one are tried by their bytes before the name is searched for: columns a line leaves out.</summary>
    private const int KeysAhead = 3;

    /// <summary>
    /// The column whose key (name, closing quote and colon) starts <paramref name="rest"/>, among the few from
    /// <paramref name="first"/> on (the columns a line leaves out, as the writers leave out a null value); -1 when none does.
    /// A match is the whole name: a column's name holds no quote nor backslash, so the quote after it closes the key.
    /// </summary>
    private static int KeyAhead(ReadOnlySpan<byte> rest, int first)
    {
        var last = Math.Min(first + KeysAhead, Keys.Length);
        for (var column = first; column < last; column++)
        {
            if (rest.StartsWith(Keys[column]))
            {
                return column;
            }
        }

        return -1;
    }

    private static byte[] StopBytes()
    {
        var stops = new byte[0x20 + 2 + 0x80];
        for (var b = 0; b < 0x20; b++)
        {
            stops[b] = (byte)b;
        }

        stops[0x20] = (byte)'"';
        stops[0x21] = (byte)'\\';
        for (var b = 0x80; b <= 0xFF; b++)
        {
            stops[0x22 + b - 0x80] = (byte)b;
        }

        return stops;
    }
}
