using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// The diagnosis was shared with the client and negotiated at a session; planning starts. With its
/// <see cref="Agreement"/>, it holds what was agreed: the client's view, the counsellor's view and their common reading.
/// </summary>
/// <param name="Session">The session where it was shared.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record DiagnosisShared(SessionId Session, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.DiagnosisShared;

    /// <summary>Gets what the client and the counsellor agreed, or <see langword="null"/> when only the sharing was recorded.</summary>
    public DiagnosisAgreement? Agreement { get; init; }

    /// <inheritdoc/>
    public override Actor ActingParty() => Agreement?.Client ?? By;
}
