using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using Parquet;
using Parquet.Schema;

namespace Counselling.Research.Files.Evaluation;

/// <summary>Per-case results as Parquet (Parquet.Net): text columns, <c>as_of</c> a date, <c>score</c> a double, <c>days</c> an int, the event a boolean.</summary>
internal sealed class ParquetCaseResultWriter : CaseResultWriter
{
    private const int RowGroup = 100_000;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly IReadOnlyDictionary<string, string>? _metadata;
    private readonly DataField[] _fields;
    private readonly string?[][] _text;
    private readonly DateOnly?[] _asOf = new DateOnly?[RowGroup];
    private readonly double?[] _score = new double?[RowGroup];
    private readonly int?[] _days = new int?[RowGroup];
    private readonly bool?[] _entered = new bool?[RowGroup];
    private ParquetWriter? _writer;
    private int _count;

    public ParquetCaseResultWriter(Stream stream, Rubric rubric, IReadOnlyDictionary<string, string>? metadata, bool leaveOpen)
        : base(rubric)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _metadata = metadata;
        _fields = new DataField[Columns.Length];
        _text = new string?[Columns.Length][];
        var last = Columns.Length - 1;
        for (var i = 0; i < Columns.Length; i++)
        {
            _fields[i] = i switch
            {
                0 => new DataField<string>(Columns[i], false),
                3 => new DataField<DateOnly?>(Columns[i]),
                6 => new DataField<double?>(Columns[i]),
                _ when i == last - 1 => new DataField<int?>(Columns[i]),
                _ when i == last => new DataField<bool?>(Columns[i]),
                _ => new DataField<string>(Columns[i], true),
            };
            if (i is not (3 or 6) && i < last - 1)
            {
                _text[i] = new string?[RowGroup];
            }
        }
    }

    private protected override async ValueTask WriteCellsAsync(CaseResult result, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Cells.Length; i++)
        {
            if (_text[i] is { } column)
            {
                column[_count] = Cells[i];
            }
        }

        _asOf[_count] = result.AsOf is { } d ? new DateOnly(d.Year, d.Month, d.Day) : null;
        _score[_count] = result.Summary is { } s ? Math.Round(s.Score, 4) : null;
        _days[_count] = result.Days;
        _entered[_count] = result.Status == Counselling.Core.Evaluation.Cohorts.CaseOutcomeStatus.Evaluated ? result.EnteredEmploymentOrTraining : null;
        if (++_count == RowGroup)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            _writer = await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["counselling.rubric"] = Rubric.Name };
            if (Suppression is { } suppression)
            {
                metadata["counselling.small-groups"] = suppression.Describe(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (_metadata is not null)
            {
                foreach (var (key, value) in _metadata)
                {
                    metadata[key] = value;
                }
            }

            _writer.CustomMetadata = metadata;
        }

        if (_count == 0 && Written > 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        var last = Columns.Length - 1;
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_text[i] is { } column)
            {
                await group.WriteAsync(_fields[i], (IReadOnlyCollection<string>)new ArraySegment<string>(column!, 0, _count), null).ConfigureAwait(false);
            }
            else if (i == 3)
            {
                await group.WriteAsync<DateOnly>(_fields[i], (ReadOnlyMemory<DateOnly?>)_asOf.AsMemory(0, _count), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else if (i == 6)
            {
                await group.WriteAsync<double>(_fields[i], (ReadOnlyMemory<double?>)_score.AsMemory(0, _count), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else if (i == last - 1)
            {
                await group.WriteAsync<int>(_fields[i], (ReadOnlyMemory<int?>)_days.AsMemory(0, _count), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync<bool>(_fields[i], (ReadOnlyMemory<bool?>)_entered.AsMemory(0, _count), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        _count = 0;
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (_count > 0 || _writer is null)
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _writer!.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
