using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Counselling.Research.Files.Reading;

/// <summary>A JSON Lines cohort file: lines cut from a reused byte buffer, each parsed with <see cref="Utf8JsonReader"/> straight into the cell buffer.</summary>
internal sealed class JsonLinesCohortReader : CohortReader
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private long _line;

    public JsonLinesCohortReader(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    private protected override bool TryReadCells(FieldBuffer cells, out long line, out CohortProblem? problem)
    {
        while (NextLine(out var bytes))
        {
            _line++;
            if (IsBlank(bytes))
            {
                continue;
            }

            // The line's bytes are kept with its cells and parsed where the row is parsed (on a worker when read in batches).
            line = _line;
            problem = null;
            cells.Defer(bytes, static (raw, into, at) => Parse(raw, into, at));
            return true;
        }

        line = 0;
        problem = null;
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r\uFEFF"u8).IsEmpty;

    private static CohortProblem? Parse(ReadOnlySpan<byte> bytes, FieldBuffer cells, long line)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // The plain lines counsel writes are cut in one pass over their bytes; any other goes through the general reader.
        if (FlatJsonLine.TryCut(bytes, cells))
        {
            return null;
        }

        cells.Clear();
        return ParseGeneral(bytes, cells, line);
    }

    /// <summary>Reads a record with <see cref="Utf8JsonReader"/>: any JSON, each problem named.</summary>
    internal static CohortProblem? ParseGeneral(ReadOnlySpan<byte> bytes, FieldBuffer cells, long line)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string? field = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new CohortProblem(line, null, CohortFileCodes.JsonInvalid);
            }

            var expected = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // A key is compared on its bytes, the column counsel writes next first; an escaped key names no column.
                var column = reader.ValueIsEscaped ? -1 : CohortColumns.IndexOf(reader.ValueSpan, expected);
                field = column >= 0 ? CohortColumns.All[column] : null;

                expected = column >= 0 ? column + 1 : expected;
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.Null:
                        break;
                    case JsonTokenType.String when column >= 0:
                        var room = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                        var span = cells.Reserve(column, room);
                        cells.Shrink(column, reader.CopyString(span));
                        break;
                    case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when column >= 0:
                        var raw = reader.ValueSpan;
                        var chars = cells.Reserve(column, raw.Length);
                        cells.Shrink(column, Encoding.ASCII.GetChars(raw, chars));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (column >= 0)
                        {
                            return new CohortProblem(line, field, CohortFileCodes.JsonInvalid);
                        }

                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return new CohortProblem(line, null, CohortFileCodes.JsonInvalid);
            }

            return null;
        }
        catch (JsonException)
        {
            return new CohortProblem(line, null, CohortFileCodes.JsonInvalid);
        }
        catch (InvalidOperationException)
        {
            // A string whose bytes are not UTF-8: the reader accepts the token but cannot copy it.
            return new CohortProblem(line, field, CohortFileCodes.JsonInvalid);
        }
    }

    /// <summary>Cuts the next line (without its '\n') from the buffer, reading more from the stream as needed.</summary>
    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsSpan(_start, searched + newline);
                _start += searched + newline + 1;
                return true;
            }

            searched = _end - _start;
            if (_eof)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return !line.IsEmpty;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            _buffer = bigger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
