namespace Counselling.Core.Services;

/// <summary>An action on a participant names one enrolled in the group.</summary>
internal sealed class ParticipantIsEnrolledRule : LifecycleRule<GroupProgramme>
{
    public static readonly ParticipantIsEnrolledRule Instance = new();

    private ParticipantIsEnrolledRule()
        : base(ServicesCodes.NotEnrolled, "the participant is enrolled")
    {
    }

    public override bool IsSatisfied(GroupProgramme subject, in LifecycleAttempt attempt) => subject.IsEnrolled(attempt.Participant);
}
