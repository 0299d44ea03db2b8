using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// The input of recording evidence for the evaluation: when the fact became known, the session and objective it names,
/// and what the one-truth rules judge of it (a follow-up situation, an option's status).
/// </summary>
internal readonly record struct EvidenceInput(Instant Now, bool IsGeneral, Instant KnownAt, SessionId Session, ObjectiveId ObjectiveId)
    : IActionInput<EvidenceInput>, IKnownAtInput, ISessionInput, IOptionLabelInput
{
    public InterventionAction Action => InterventionAction.RecordEvidence;

    /// <summary>Gets a value indicating whether the fact is a situation at follow-up.</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>Gets the option's status the evidence records, or the default value.</summary>
    public OptionFact Option { get; init; }

    /// <summary>Gets the label of the option whose status the evidence records, if it records one.</summary>
    public string? OptionLabel => Option.IsDefault ? null : Option.Label;

    public ActionRules<EvidenceInput> Rules => InterventionRules.RecordEvidence;

    public string? DateOutOfRange => SupportedDates.Contains(KnownAt) ? null : "knownAt";
}

/// <summary>The input of recording the client's aspiration: who expressed it and the session it names.</summary>
internal readonly record struct AspirationInput(Instant Now, bool IsGeneral, Actor AgreedBy, SessionId Session) : IActionInput<AspirationInput>, ISessionInput
{
    public InterventionAction Action => InterventionAction.RecordAspiration;

    public ActionRules<AspirationInput> Rules => InterventionRules.RecordAspiration;

    public string? DateOutOfRange => null;
}

/// <summary>The input of assessing the global situation: the assessment.</summary>
internal readonly record struct SituationInput(Instant Now, bool IsGeneral, SituationAssessment? Situation) : IActionInput<SituationInput>, IKnownAtInput
{
    public InterventionAction Action => InterventionAction.AssessSituation;

    public Instant KnownAt => Situation?.At ?? default;

    public ActionRules<SituationInput> Rules => InterventionRules.AssessSituation;

    public string? DateOutOfRange => null;
}

/// <summary>The input of assessing autonomy: the assessment.</summary>
internal readonly record struct AutonomyInput(Instant Now, bool IsGeneral, AutonomyAssessment Autonomy) : IActionInput<AutonomyInput>, IKnownAtInput
{
    public InterventionAction Action => InterventionAction.AssessAutonomy;

    public Instant KnownAt => Autonomy.IsDefault ? default : Autonomy.At;

    public ActionRules<AutonomyInput> Rules => InterventionRules.AssessAutonomy;

    public string? DateOutOfRange => null;
}
