using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// When a host tries a failed touchpoint again: after a delay that doubles at each failure (by default 1 hour, then
/// 2, then 4), moved into the sending window, up to a number of attempts in all (by default 4). A touchpoint that
/// must come before its anchor is given up when the next attempt would reach the anchor.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RetryPolicy
{
    /// <summary>Initializes a new retry policy.</summary>
    /// <param name="maxAttempts">The most attempts in all, the first included; from 1 to 20.</param>
    /// <param name="firstDelay">The delay after the first failure; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> lies outside 1–20, or <paramref name="firstDelay"/> is not positive.</exception>
    public RetryPolicy(int maxAttempts, Duration firstDelay)
    {
        MaxAttempts = Guard.InRange(maxAttempts, 1, 20);
        FirstDelay = firstDelay > Duration.Zero ? firstDelay : throw new ArgumentOutOfRangeException(nameof(firstDelay), "The delay is positive.");
    }

    /// <summary>Gets the default policy: 4 attempts in all, 1 hour after the first failure, doubling.</summary>
    public static RetryPolicy Default { get; } = new(4, Duration.FromHours(1));

    /// <summary>Gets the most attempts in all.</summary>
    public int MaxAttempts { get; }

    /// <summary>Gets the delay after the first failure.</summary>
    public Duration FirstDelay { get; }

    /// <summary>Gets the delay after a number of failed attempts: the first delay, doubled for each failure after the first.</summary>
    /// <param name="failedAttempts">How many attempts failed so far; at least 1.</param>
    /// <returns>The delay.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failedAttempts"/> lies outside 1–20.</exception>
    internal Duration DelayAfter(int failedAttempts)
        => FirstDelay * (1L << (Guard.InRange(failedAttempts, 1, 20) - 1));
}
