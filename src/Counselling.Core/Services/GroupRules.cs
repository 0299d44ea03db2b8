using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>A place is left in the group.</summary>
internal sealed class GroupHasRoomRule : LifecycleRule<GroupProgramme>
{
    public static readonly GroupHasRoomRule Instance = new();

    private GroupHasRoomRule()
        : base(ServicesCodes.GroupFull, "a place is left")
    {
    }

    public override bool IsSatisfied(GroupProgramme subject, in LifecycleAttempt attempt) => subject.Participants.Count < subject.Capacity;

    public override Reason Explain(GroupProgramme subject, in LifecycleAttempt attempt) => new(Code, new ReasonArgument("capacity", subject.Capacity));
}

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

/// <summary>The group is confirmed, and starts, only with the minimum number of participants.</summary>
internal sealed class MinimumParticipantsReachedRule : LifecycleRule<GroupProgramme>
{
    public static readonly MinimumParticipantsReachedRule Instance = new();

    private MinimumParticipantsReachedRule()
        : base(ServicesCodes.MinimumNotReached, "the minimum number of participants is enrolled")
    {
    }

    public override bool IsSatisfied(GroupProgramme subject, in LifecycleAttempt attempt) => subject.Participants.Count >= subject.MinimumParticipants;

    public override Reason Explain(GroupProgramme subject, in LifecycleAttempt attempt)
        => new(Code, new ReasonArgument("enrolled", subject.Participants.Count), new ReasonArgument("minimum", subject.MinimumParticipants));
}

/// <summary>The group starts once its start time, in its own zone, has come.</summary>
internal sealed class GroupStartIsDueRule : LifecycleRule<GroupProgramme>
{
    public static readonly GroupStartIsDueRule Instance = new();

    private GroupStartIsDueRule()
        : base(ServicesCodes.StartNotYetDue, "the start time has come")
    {
    }

    public override bool IsSatisfied(GroupProgramme subject, in LifecycleAttempt attempt) => attempt.Now >= subject.StartInstant;

    public override Reason Explain(GroupProgramme subject, in LifecycleAttempt attempt) => new(Code, new ReasonArgument("start", subject.StartsAt));
}
