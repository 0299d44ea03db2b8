namespace Counselling.Core.Evidence;

/// <summary>
/// The kinds of evidence a builder was told to expect in their thousands, each written in chunks (<see cref="LongBuffer{T}"/>);
/// a kind left <see langword="null"/> stays in the builder's own array. A builder holds none for a usual record.
/// </summary>
internal sealed class LongEvidence
{
    public LongBuffer<IndicatorReading>? Readings { get; init; }

    public LongBuffer<DecisionFact>? Decisions { get; init; }

    public LongBuffer<OptionFact>? Options { get; init; }

    public LongBuffer<JudgementFact>? Judgements { get; init; }
}
