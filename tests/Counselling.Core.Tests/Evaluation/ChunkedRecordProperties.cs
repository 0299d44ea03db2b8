using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A long record keeps its sessions, actions, readings, decisions, options and judgements in chunks, so that no array
/// of it reaches the large-object heap. With
/// chunks made a few facts long (through the projection's and the builder's chunk length), every list crosses chunk
/// boundaries: the chunked record must give back exactly the facts of the same record in one array, through a builder
/// and back, and the engine (which reads a chunked record through its copy in one array) must read the same verdicts, summaries
/// and reasons from it at every cutoff.
/// </summary>
public sealed class ChunkedRecordProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LongHistoryArbitraries), typeof(ChunkArbitraries) })]
    public void Projection_InChunks_GivesTheRecordInOneArray(LongRun run, ChunkShift shift)
    {
        var world = new TestWorld();
        var intervention = LongHistoryArbitraries.Record(world, run);
        foreach (var subject in new[] { intervention, Intervention.FromHistory(intervention.History, world.Agency) })
        {
            var whole = subject.ToCaseRecord("site-1");
            var chunked = CaseRecordProjection.Project(subject, "site-1", shift.Value);
            Assert.Equal(whole.Sessions.Length > 1 << shift.Value, chunked.SessionChunks is not null);
            Assert.Equal(whole.Actions.Length > 1 << shift.Value, chunked.ActionChunks is not null);
            if (subject.Version > 64)
            {
                // A long history's evidence is written in chunks as it comes; a kind that ends within one chunk is one array.
                Assert.Equal(whole.Decisions.Length > 1 << shift.Value, chunked.DecisionChunks is not null);
                Assert.Equal(whole.Readings.Length > 1 << shift.Value, chunked.ReadingChunks is not null);
                Assert.Equal(whole.Options.Length > 1 << shift.Value, chunked.OptionChunks is not null);
                Assert.Equal(whole.Judgements.Length > 1 << shift.Value, chunked.JudgementChunks is not null);
            }

            AssertSameRecord(whole, chunked, Cutoffs(whole, subject.LastChangeAt));
            AssertSameRecord(whole, chunked.ToBuilder().Build(), [subject.LastChangeAt]);
        }
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries), typeof(ChunkArbitraries) })]
    public void Builder_InChunks_GivesTheRecordInOneArray(RandomHistory history, ChunkShift shift)
    {
        var whole = history.Build();
        var builder = whole.ToBuilder();
        builder.ChunkShift = shift.Value;
        var chunked = builder.Build();
        Assert.Equal(whole.Sessions.Length > 1 << shift.Value, chunked.SessionChunks is not null);
        Assert.Equal(whole.Readings.Length > 1 << shift.Value, chunked.ReadingChunks is not null);
        Assert.Equal(whole.Decisions.Length > 1 << shift.Value, chunked.DecisionChunks is not null);
        Assert.Equal(whole.Options.Length > 1 << shift.Value, chunked.OptionChunks is not null);
        Assert.Equal(whole.Judgements.Length > 1 << shift.Value, chunked.JudgementChunks is not null);
        AssertSameRecord(whole, chunked, Cutoffs(whole, history.AsOf));

        // And back: a builder reads the chunks, adds a fact, and builds the record the whole one gives.
        var session = new SessionFact(SessionId.New(), false, SessionStatus.Held, history.AsOf, ActorKind.Counsellor);
        AssertSameRecord(whole.ToBuilder().Add(session).Build(), chunked.ToBuilder().Add(session).Build(), [history.AsOf]);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ChunkArbitraries) })]
    public void ChunkWriter_GivesWhatAPlainArrayHolds(ChunkShift shift, NonNegativeInt expected, NonNegativeInt written, int[] links)
    {
        // Facts written in order, more or fewer than expected; links written at random places (the rest read -1).
        var length = written.Get % 80;
        var plain = Enumerable.Range(0, length).Select(i => i * 3).ToArray();
        var plainLinks = Enumerable.Repeat(-1, length).ToArray();
        var facts = new ChunkWriter<int>(expected.Get % 80, shift.Value);
        var next = new ChunkWriter<int>(expected.Get % 80, shift.Value, true, -1);
        for (var i = 0; i < length; i++)
        {
            facts[i] = plain[i];
        }

        foreach (var link in links.Where(l => length > 0))
        {
            var at = (link & int.MaxValue) % length;
            next[at] = plainLinks[at] = link;
        }

        var chunked = facts.ToChunks(length);
        Assert.Equal(plain, chunked.ToArray());
        Assert.Equal(plain, Enumerable.Range(0, length).Select(i => chunked[i]));
        Assert.Equal(plain, Enumerable.Range(0, chunked.ChunkCount).SelectMany(c => chunked.Chunk(c).ToArray()));
        Assert.Equal(plainLinks, next.ToChunks(length).ToArray());
        if (facts.IsSingle(length))
        {
            Assert.Equal(plain, facts.Single(length));
            Assert.Equal(plainLinks, next.Single(length));
        }

        Assert.Equal(plain, FactChunks<int>.Of(plain, shift.Value).ToArray());
    }

    /// <summary>Asserts the same public facts, the same links and known prefixes, and the same evaluations at each instant.</summary>
    private static void AssertSameRecord(CaseRecord whole, CaseRecord chunked, IEnumerable<Instant> instants)
    {
        Assert.Equal(whole.Sessions, chunked.Sessions);
        Assert.Equal(whole.Actions, chunked.Actions);
        Assert.Equal(whole.Objectives, chunked.Objectives);
        Assert.Equal(whole.Readings, chunked.Readings);
        Assert.Equal(whole.Decisions, chunked.Decisions);
        Assert.Equal(whole.Options, chunked.Options);
        Assert.Equal(whole.Situations, chunked.Situations);
        Assert.Equal(whole.Judgements, chunked.Judgements);
        Assert.Equal(whole.ObjectiveReach.ToArray(), chunked.ObjectiveReach.ToArray());
        Assert.Equal(whole.ToString(), chunked.ToString());
        Assert.Equal(Links(whole.SessionNext.ToArray(), whole.SessionArray.Length), Links(chunked.SessionNextChunks?.ToArray() ?? chunked.SessionNext.ToArray(), chunked.SessionFactCount));
        Assert.Equal(Links(whole.ActionNext.ToArray(), whole.ActionFactCount), Links(chunked.ActionNextChunks?.ToArray() ?? chunked.ActionNext.ToArray(), chunked.ActionFactCount));
        Assert.Equal(Links(whole.OptionNext.ToArray(), whole.Options.Length), Links(chunked.OptionNextChunks?.ToArray() ?? chunked.OptionNext.ToArray(), chunked.Options.Length));

        // The engine's copy in one array holds the very arrays and links of the record built whole.
        var inOne = chunked.InOne;
        Assert.Equal(EngineLists(whole), EngineLists(inOne));
        Assert.Same(inOne, chunked.InOne);
        Assert.Same(whole, whole.InOne);
        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        foreach (var asOf in instants.Where(i => i >= whole.OpenedAt))
        {
            Assert.Equal(engine.Summarize(whole, asOf), engine.Summarize(chunked, asOf));
            var expected = engine.Evaluate(whole, asOf);
            var actual = engine.Evaluate(chunked, asOf);
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.Equal(expected.Criteria.Select(c => (c.Criterion, c.Status, c.ExpectedBy)), actual.Criteria.Select(c => (c.Criterion, c.Status, c.ExpectedBy)));
            Assert.Equal(expected.Criteria.SelectMany(c => c.Reasons), actual.Criteria.SelectMany(c => c.Reasons));
        }
    }

    /// <summary>The lists and links the engine reads, each as one array.</summary>
    private static IEnumerable<object> EngineLists(CaseRecord record)
        => [record.SessionArray, record.ActionArray, record.ReadingArray, record.DecisionArray, record.OptionArray, record.JudgementArray,
            record.SessionNext.ToArray(), record.ActionNext.ToArray(), record.ObjectiveNext.ToArray(), record.OptionNext.ToArray(), record.ObjectiveReach.ToArray()];

    /// <summary>The links as one array at the list's length, none made standing for every fact unlinked.</summary>
    private static int[] Links(int[] next, int length) => next.Length == 0 ? Enumerable.Repeat(-1, length).ToArray() : next;

    /// <summary>The as-of instant, and a few instants at which sessions or actions became known (and just before), so that cutoffs fall inside chunks.</summary>
    private static Instant[] Cutoffs(CaseRecord record, Instant asOf)
        => [.. record.Sessions.Select(s => s.KnownAt).Concat(record.Actions.Select(a => a.KnownAt))
            .Where((_, i) => i % 7 == 3)
            .SelectMany(i => new[] { i, i - Duration.Epsilon })
            .Append(asOf)
            .Distinct()];
}

/// <summary>A chunk length for tests: <c>2^Value</c> facts, a few.</summary>
/// <param name="Value">The base-2 logarithm of the chunk length, from 1 to 4.</param>
public sealed record ChunkShift(int Value);

/// <summary>Chunks of 2 to 16 facts.</summary>
public static class ChunkArbitraries
{
    public static Arbitrary<ChunkShift> Shifts() => Arb.From(Gen.Choose(1, 4).Select(s => new ChunkShift(s)));
}
