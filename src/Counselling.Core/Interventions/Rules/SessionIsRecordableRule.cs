using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A session is recorded as held once, and only if it was not missed or cancelled.</summary>
internal sealed class SessionIsRecordableRule : InterventionRule<RecordSessionInput>
{
    public SessionIsRecordableRule()
        : base("session.not-recordable", "the session is planned or new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in RecordSessionInput context)
        => context.IsGeneral || intervention.SessionNamed(context.Session) is null or { Status: SessionStatus.Planned };

    public override Reason Explain(Intervention intervention, in RecordSessionInput context)
        => new(Code, new ReasonArgument("status", intervention.SessionNamed(context.Session)!.Status));
}
