using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Files.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>
/// The parts a run of <c>counsel evaluate</c> uses for speed: dates as day numbers, a row filled anew for each line, and
/// tables counted on each worker then merged. Each gives what the plain way gives.
/// </summary>
public sealed class CohortRunPartsProperties
{
    private static readonly LocalDate UnixEpoch = new(1970, 1, 1);
    private static readonly string[] Zones = ["Europe/Paris", "America/Toronto", "Pacific/Apia", "Australia/Lord_Howe", "Etc/UTC"];

    [Property(MaxTest = 1000)]
    public bool DayOf_AnyIsoDate_IsItsDaysFromTheFirstOfJanuary1970(int draw)
    {
        var random = new Random(draw);
        for (var i = 0; i < 50; i++)
        {
            // Any year NodaTime holds, months of every length, leap days, the first and last days of the range.
            var year = random.Next(4) == 0 ? random.Next(1890, 2110) : random.Next(-9998, 10_000);
            var month = 1 + random.Next(12);
            var date = new LocalDate(year, month, 1 + random.Next(CalendarSystem.Iso.GetDaysInMonth(year, month)));
            date = random.Next(50) switch { 0 => LocalDate.MinIsoValue, 1 => LocalDate.MaxIsoValue, _ => date };
            if (CohortRecordMapper.DayOf(date) != Period.DaysBetween(UnixEpoch, date)
                || CohortRecordMapper.DaysBetween(date, UnixEpoch) != Period.DaysBetween(date, UnixEpoch))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool Cached_DaysThatShareASlot_AreEachTheInstantOfTheirOwnNoon(int draw)
    {
        var random = new Random(draw);
        var mapper = new CohortRecordMapper(DateTimeZoneProviders.Tzdb);
        var anchor = new LocalDate(random.Next(1900, 2100), 1, 1);
        for (var i = 0; i < 100; i++)
        {
            // Days a multiple of 4,096 or 16,384 days apart fall in the same slot; dates of another calendar are converted each time.
            var date = anchor.PlusDays(random.Next(0, 1500) + ((random.Next(2) == 0 ? 4096 : 16_384) * random.Next(-3, 4)));
            date = random.Next(20) == 0 ? date.WithCalendar(CalendarSystem.Julian) : date;
            var zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
            if (mapper.Cached(date, zone) != CohortRecordMapper.At(date, zone))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Parser_RowFilledAgainForEachLine_IsTheRowAFreshParseGives(BatchCase batch)
    {
        var random = new Random(batch.Draw);
        // Some lines are refused (a score out of range): the row filled before them is left as it was, then filled again.
        var rows = Enumerable.Range(0, batch.Size).Select(_ => RowCase.Build(random.Next())).Select(r => random.Next(5) == 0 ? r with { Satisfaction = 9 } : r).ToList();
        var csv = CohortFiles.Csv(rows);
        using var reader = CohortReader.Csv(new StringReader(csv));
        var cells = new FieldBuffer(256);
        var (fresh, reusing) = (new CohortRowParser(), new CohortRowParser());
        CohortRow? reused = null;
        while (reader.TryReadUnparsed(cells, out var line, out var lineProblem))
        {
            var expected = CohortReader.Parse(fresh, cells, line, lineProblem);
            var actual = CohortReader.Parse(reusing, cells, line, lineProblem, reused);
            if (expected != actual)
            {
                return false;
            }

            if (reused is not null && actual.Row is not null && !ReferenceEquals(reused, actual.Row))
            {
                return false;
            }

            reused = actual.Row ?? reused;
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Table_CountedOnSeveralWorkersThenMerged_IsTheTableCountedInOrder(BatchCase batch)
    {
        var random = new Random(batch.Draw);
        var rubric = random.Next(2) == 0 ? BuiltInRubrics.Default : BuiltInRubrics.Strict;
        var asOf = CaseAsOf.Fixed(new LocalDate(2020, 1, 1).PlusDays(random.Next(2500)));
        var evaluator = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, random.Next(3) switch { 0 => static r => r.Site, 1 => static r => r.Programme, _ => null });
        var inOrder = new CohortTable(rubric);
        var workers = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => new CohortTable(rubric)).ToArray();
        for (var i = 0; i < batch.Size; i++)
        {
            var row = RowCase.Build(random.Next());
            if (evaluator.TryEvaluateFigures(row, i, out var figures, out _))
            {
                inOrder.Add(figures.ToResult(row.CaseId, row.ClientId));
                workers[random.Next(workers.Length)].AddToGroup(figures);
            }
        }

        var merged = new CohortTable(rubric);
        foreach (var table in workers)
        {
            merged.Merge(table);
        }

        return Same(inOrder.Total, merged.Total)
            && inOrder.Groups.Count == merged.Groups.Count
            && inOrder.Groups.Zip(merged.Groups).All(g => Same(g.First, g.Second));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Parser_DayNumbersAndRowsWithoutIdsOrNote_AreWhatTheRowsDatesIdsAndNoteGive(BatchCase batch)
    {
        var random = new Random(batch.Draw);
        // Some lines are refused (a score out of range, a closure before the opening): neither parser gives a row for them.
        var rows = Enumerable.Range(0, batch.Size).Select(_ => RowCase.Build(random.Next())).Select(r => random.Next(6) switch
        {
            0 => r with { Satisfaction = 9 },
            1 => r with { ClosedOn = r.OpenedOn.PlusDays(-1 - random.Next(30)), ClosureReason = ClosureReason.Other },
            _ => r,
        }).ToList();
        using var reader = CohortReader.Csv(new StringReader(CohortFiles.Csv(rows)));
        var cells = new FieldBuffer(256);
        var (keepsIds, keepsNote) = (random.Next(2) == 0, random.Next(2) == 0);
        var (withIds, withoutIds) = (new CohortRowParser(), new CohortRowParser { KeepsIds = keepsIds, KeepsNote = keepsNote });
        while (reader.TryReadUnparsed(cells, out var line, out var lineProblem))
        {
            var expected = CohortReader.Parse(withIds, cells, line, lineProblem);
            var actual = CohortReader.Parse(withoutIds, cells, line, lineProblem);
            if (expected.Row is not { } row)
            {
                if (actual != expected)
                {
                    return false;
                }

                continue;
            }

            static int Day(LocalDate? date) => date is { } d ? CohortRecordMapper.DayOf(d) : CohortRecordMapper.NoDay;
            var days = new CohortRecordMapper.RowDays(Day(row.OpenedOn), Day(row.ClosedOn), Day(row.PlannedEnd), Day(row.DecisionOn), Day(row.EmploymentOrTrainingOn));
            var left = row with { CaseId = keepsIds ? row.CaseId : "", ClientId = keepsIds ? row.ClientId : null, Note = keepsNote ? row.Note : null };
            if (actual.Row != left || withIds.Days != days || withoutIds.Days != days)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Evaluator_GivenTheReadersDayNumbers_GivesTheFiguresOfTheRowsDates(BatchCase batch)
    {
        var random = new Random(batch.Draw);
        var rubric = random.Next(2) == 0 ? BuiltInRubrics.Default : BuiltInRubrics.Strict;
        // A fixed date (some cases not yet open at it) or a horizon after the opening or the closure.
        var cutOff = new LocalDate(2020, 1, 1).PlusDays(random.Next(2500));
        var asOf = random.Next(3) switch
        {
            0 => CaseAsOf.After(Period.FromMonths(1 + random.Next(12)), random.Next(2) == 0 ? Core.Evaluation.Cohorts.AsOfAnchor.Opening : Core.Evaluation.Cohorts.AsOfAnchor.Closure, cutOff),
            _ => CaseAsOf.Fixed(cutOff),
        };
        var evaluator = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, random.Next(3) switch { 0 => static r => r.Site, 1 => static r => r.Programme, _ => null });
        var rows = Enumerable.Range(0, batch.Size).Select(_ => RowCase.Build(random.Next())).ToList();
        using var reader = CohortReader.Csv(new StringReader(CohortFiles.Csv(rows)));
        var cells = new FieldBuffer(256);
        var parser = new CohortRowParser();
        while (reader.TryReadUnparsed(cells, out var line, out var lineProblem))
        {
            if (CohortReader.Parse(parser, cells, line, lineProblem).Row is not { } row)
            {
                return false;
            }

            // With the case named, the same summary; without, the same counts (a summary's case counts for nothing).
            var plain = evaluator.TryEvaluateFigures(row, line, out var expected, out var expectedProblem);
            var named = evaluator.TryEvaluateFigures(row, line, parser.Days, true, out var actual, out var actualProblem);
            var counted = evaluator.TryEvaluateFigures(row, line, parser.Days, false, out var countedOnly, out _);
            if (plain != named || plain != counted || expectedProblem != actualProblem || (plain && (expected != actual || !SameCounts(rubric, expected, countedOnly))))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Table_GroupsFoundByTheirKeysReference_CountWhatADictionaryCounts(BatchCase batch)
    {
        var random = new Random(batch.Draw);
        // Up to twenty keys (more than the groups found by reference), each given as the same string or an equal copy.
        var keys = Enumerable.Range(0, 1 + random.Next(20)).Select(k => "group-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = new CohortTable(BuiltInRubrics.Default);
        var drawn = new List<string?>();
        for (var i = 0; i < batch.Size * 5; i++)
        {
            var key = random.Next(10) == 0 ? null : keys[random.Next(keys.Length)];
            key = key is not null && random.Next(2) == 0 ? new string(key.AsSpan()) : key;
            drawn.Add(key);
            table.AddToGroup(new CaseFigures(key, null, Core.Evaluation.Cohorts.CaseOutcomeStatus.NotYetOpened, default, 0, false));
        }

        var expected = drawn.GroupBy(k => k).OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()));
        return table.Groups.Select(g => (g.Key, g.Cases)).SequenceEqual(expected);
    }

    private static bool SameCounts(Rubric rubric, CaseFigures a, CaseFigures b)
    {
        if (a.Group != b.Group || a.AsOf != b.AsOf || a.Status != b.Status || a.Days != b.Days || a.Entered != b.Entered)
        {
            return false;
        }

        var (left, right) = (new CohortTable(rubric), new CohortTable(rubric));
        left.AddToGroup(a);
        right.AddToGroup(b);
        return Same(left.Total, right.Total);
    }

    private static bool Same(GroupCounts a, GroupCounts b)
        => a.Key == b.Key && a.Cases == b.Cases && a.Entered == b.Entered && a.Counts.Equals(b.Counts);
}
