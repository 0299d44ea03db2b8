using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A fact with the instant it became known; lets the engine read fact arrays generically without boxing.</summary>
internal interface IKnownFact
{
    /// <summary>Gets when the fact became known.</summary>
    Instant KnownAt { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    bool IsDefault { get; }

    /// <summary>Tells whether the fact was known at the cutoff (at or before it).</summary>
    /// <param name="cutoff">The as-of instant.</param>
    /// <returns><see langword="true"/> if it was.</returns>
    bool IsKnownBy(in KnownCutoff cutoff);
}
