using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The diagnosis was shared with the client and negotiated at a session; planning starts.</summary>
/// <param name="Session">The session where it was shared.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record DiagnosisShared(SessionId Session, Instant At, Actor By) : InterventionEvent(At, By);
