using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;

namespace Counselling.Research.Files.Evaluation;

/// <summary>Per-case results as JSON Lines: numbers as numbers, the event as a boolean, empty cells as <c>null</c>.</summary>
internal sealed class JsonLinesCaseResultWriter : CaseResultWriter
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _json;
    private readonly JsonEncodedText[] _names;

    public JsonLinesCaseResultWriter(Stream stream, Rubric rubric, bool leaveOpen)
        : base(rubric)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _names = [.. Columns.Select(c => JsonEncodedText.Encode(c))];
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    private protected override ValueTask WriteCellsAsync(CaseResult result, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        var last = Cells.Length - 1;
        for (var i = 0; i < Cells.Length; i++)
        {
            if (Cells[i] is not { } text)
            {
                _json.WriteNull(_names[i]);
            }
            else if (i == 6)
            {
                _json.WriteNumber(_names[i], System.Math.Round(result.Summary!.Value.Score, 4));
            }
            else if (i == last - 1)
            {
                _json.WriteNumber(_names[i], result.Days!.Value);
            }
            else if (i == last)
            {
                _json.WriteBoolean(_names[i], result.EnteredEmploymentOrTraining);
            }
            else
            {
                _json.WriteString(_names[i], text);
            }
        }

        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        _json.Reset();
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
