using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Counselling.Research.Files.Writing;

/// <summary>A JSON Lines cohort file written with <see cref="Utf8JsonWriter"/>, one object a line.</summary>
internal sealed class JsonLinesCohortWriter : CohortWriter
{
    private static readonly JsonEncodedText[] Names = [.. System.Linq.Enumerable.Select(CohortColumns.All, n => JsonEncodedText.Encode(n))];
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _json;
    private readonly char[] _scratch = new char[64];

    public JsonLinesCohortWriter(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    private protected override void WriteRow(CohortRow row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < Names.Length; i++)
        {
            var length = CohortCells.Format(row, i, _scratch, out var text);
            if (length < 0)
            {
                continue;
            }

            var value = text is null ? _scratch.AsSpan(0, length) : text.AsSpan();
            switch (ReferenceEquals(text, CohortCells.None) ? CohortCells.Kind.Text : CohortCells.KindOf(i))
            {
                case CohortCells.Kind.Number:
                    _json.WriteNumber(Names[i], int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case CohortCells.Kind.YesNo:
                    _json.WriteBoolean(Names[i], row.WouldRecommend == true);
                    break;
                default:
                    _json.WriteString(Names[i], value);
                    break;
            }
        }

        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        _json.Reset();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
            _stream.Flush();
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
