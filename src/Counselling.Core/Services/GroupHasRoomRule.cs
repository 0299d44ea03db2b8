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
