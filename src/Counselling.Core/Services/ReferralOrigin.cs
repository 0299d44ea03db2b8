using System;
using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>Why a referral was made, as a <see cref="Common.Reason"/> a screen can show ("recommended because 3 sessions without progress").</summary>
/// <remarks>Immutable.</remarks>
public sealed record ReferralOrigin
{
    private ReferralOrigin(ReferralOriginKind kind, int sessionsWithoutProgress, IReadOnlyList<Reason> suggestionReasons)
    {
        Kind = kind;
        SessionsWithoutProgress = sessionsWithoutProgress;
        SuggestionReasons = suggestionReasons;
    }

    /// <summary>Gets the origin of a referral the counsellor chose with the client.</summary>
    public static ReferralOrigin CounsellorChoice { get; } = new(ReferralOriginKind.CounsellorChoice, 0, []);

    /// <summary>Gets why the referral was made.</summary>
    public ReferralOriginKind Kind { get; }

    /// <summary>Gets how many sessions in a row were without progress, for <see cref="ReferralOriginKind.SessionsWithoutProgress"/>; otherwise 0.</summary>
    public int SessionsWithoutProgress { get; }

    /// <summary>Gets the reasons the service was suggested, for <see cref="ReferralOriginKind.Suggestion"/>; otherwise empty.</summary>
    public IReadOnlyList<Reason> SuggestionReasons { get; }

    /// <summary>Gets the reason to show: <c>referral.origin.counsellor-choice</c>, <c>referral.origin.suggestion</c> or <c>referral.origin.sessions-without-progress</c> with its <c>count</c>.</summary>
    public Reason Reason => Kind switch
    {
        ReferralOriginKind.SessionsWithoutProgress => new Reason("referral.origin.sessions-without-progress", new ReasonArgument("count", SessionsWithoutProgress)),
        ReferralOriginKind.Suggestion => new Reason("referral.origin.suggestion"),
        _ => new Reason("referral.origin.counsellor-choice"),
    };

    /// <summary>The origin of a referral recommended after sessions in a row without progress.</summary>
    /// <param name="sessions">How many sessions in a row were without progress; at least 1.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1 or above 1,000.</exception>
    public static ReferralOrigin AfterSessionsWithoutProgress(int sessions)
        => new(ReferralOriginKind.SessionsWithoutProgress, Guard.InRange(sessions, 1, 1000), []);

    /// <summary>The origin of a referral to a suggested service, keeping the reasons it was suggested.</summary>
    /// <param name="suggestion">The suggestion.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suggestion"/> is <see langword="null"/>.</exception>
    public static ReferralOrigin FromSuggestion(ServiceSuggestion suggestion)
        => new(ReferralOriginKind.Suggestion, 0, Guard.NotNull(suggestion).Reasons);

    /// <summary>The origin a stored referral names: its kind and, after sessions without progress, their count (the reasons of a suggestion are not stored).</summary>
    internal static ReferralOrigin Of(ReferralOriginKind kind, int sessions) => kind switch
    {
        ReferralOriginKind.SessionsWithoutProgress => AfterSessionsWithoutProgress(sessions),
        ReferralOriginKind.Suggestion => new(ReferralOriginKind.Suggestion, 0, []),
        _ => CounsellorChoice,
    };

    /// <summary>Returns the kind, and the count of sessions when recommended after sessions without progress.</summary>
    /// <returns>The origin as text.</returns>
    public override string ToString() => Kind == ReferralOriginKind.SessionsWithoutProgress ? Kind + "(" + SessionsWithoutProgress + ")" : Kind.ToString();
}
