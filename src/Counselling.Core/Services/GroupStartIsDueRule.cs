using Counselling.Core.Common;

namespace Counselling.Core.Services;

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
