namespace Counselling.Core.Services;

/// <summary>A participant is enrolled once.</summary>
internal sealed class ParticipantIsNewRule : LifecycleRule<GroupProgramme>
{
    public static readonly ParticipantIsNewRule Instance = new();

    private ParticipantIsNewRule()
        : base(ServicesCodes.AlreadyEnrolled, "the participant is not enrolled yet")
    {
    }

    public override bool IsSatisfied(GroupProgramme subject, in LifecycleAttempt attempt) => !subject.IsEnrolled(attempt.Participant);
}
