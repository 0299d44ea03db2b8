using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An objective is proposed without an agreement, agreed once, and revised only while it is a proposal.</summary>
internal sealed class ObjectiveIsProposalRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IObjectiveInput
{
    public ObjectiveIsProposalRule()
        : base("objective.already-agreed", "the objective is still a proposal")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => (context.IsGeneral ? context.Action == InterventionAction.ProposeObjective || intervention.Objectives.Count == 0 || intervention.HasProposal : (context.Objective is not { IsAgreed: true } && intervention.FindObjective(context.Objective?.Id ?? context.ObjectiveId) is not { IsAgreed: true }));

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("objective.none-proposed") : new(Code);
}
