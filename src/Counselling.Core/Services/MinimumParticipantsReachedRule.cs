using Counselling.Core.Common;

namespace Counselling.Core.Services;

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
