using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A fact with the instant it became known; lets the engine read fact arrays generically without boxing.</summary>
internal interface IKnownFact
{
    /// <summary>Gets when the fact became known.</summary>
    Instant KnownAt { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    bool IsDefault { get; }
}
