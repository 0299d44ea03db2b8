using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Services;

/// <summary>One change of a referral, attributed and dated: an immutable fact of its history.</summary>
/// <param name="Action">The action, or <see langword="null"/> for the proposal that created it.</param>
/// <param name="From">The state before, or <see langword="null"/> for the proposal.</param>
/// <param name="To">The state after.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
public sealed record ReferralChange(ReferralAction? Action, ReferralState? From, ReferralState To, Instant At, Actor By);
