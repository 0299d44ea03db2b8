using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Services;

/// <summary>One change of a group programme, attributed and dated: an immutable fact of its history.</summary>
/// <param name="Action">The action, or <see langword="null"/> for the planning that created it.</param>
/// <param name="State">The state after.</param>
/// <param name="Participant">The participant concerned, for actions on one participant; otherwise the default value.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
public sealed record GroupChange(GroupProgrammeAction? Action, GroupProgrammeState State, InterventionId Participant, Instant At, Actor By);
