using Counselling.Core.Evidence;
using System;
using System.Linq;

using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Tests.Properties;
using NodaTime;

namespace Counselling.Core.Tests.Objectives;

/// <summary>
/// The objectives' steps of the lifecycle's random action sequences (kinds 13 to 21 of <see cref="LifecycleProperties"/>),
/// over small pools of identifiers so that sequences revisit the same objectives, benefits, barriers and actions.
/// </summary>
internal static class ObjectiveCommands
{
    private static readonly ObjectiveId[] Objectives = Pool(3, static g => new ObjectiveId(g));
    private static readonly BenefitId[] Benefits = Pool(3, static g => new BenefitId(g));
    private static readonly BarrierId[] BarrierIds = Pool(3, static g => new BarrierId(g));
    private static readonly PlanActionId[] Actions = Pool(5, static g => new PlanActionId(g));

    /// <summary>A client of another intervention, to try an agreement or an aspiration that is not this client's.</summary>
    internal static readonly ClientId OtherClient = new(new Guid("66666666-6666-6666-6666-666666666666"));

    public static Intervention Apply(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var by = world.Counsellor;
        var client = world.ClientActor;
        switch (c.Kind)
        {
            case 13:
                intervention.ProposeObjective(Objective(world, Objectives[c.A % 3], c.B), by);
                break;
            case 14:
                intervention.AgreeObjective(Objectives[c.A % 3], Held(intervention, c.A, c.B == 2), c.B == 3 ? by : client);
                break;
            case 15:
                intervention.AddDesiredBenefit(new DesiredBenefit(Benefits[c.A % 3], "what matters") { Objectives = [Existing(intervention, c.B)] }, by);
                break;
            case 16:
                intervention.IdentifyBarrier(
                    new Barrier(BarrierIds[c.A % 3], (BarrierCategory)((c.A + c.B) % 12 + 1)) { TiedToBenefit = c.B == 0 ? null : Benefits[c.B % 3] },
                    by);
                break;
            case 17:
                intervention.ChangeBarrierStatus(BarrierIds[c.A % 3], (BarrierStatus)(c.B % 3), by);
                break;
            case 18:
                var action = new PlanAction(Actions[c.A % 5], "act", Owner(world, c.B), Held(intervention, c.A, c.A == 6)) { Objective = c.A == 5 ? null : Existing(intervention, c.A) };
                intervention.AgreeAction(action, c.A % 2 == 0 ? by : client);

                break;
            case 19:
                intervention.RecordActionStatus(ExistingAction(intervention, c.A), (PlanActionStatus)(c.B % 4 + 1), by);
                break;
            case 20:
                intervention.ReviewAction(ExistingAction(intervention, c.A), Held(intervention, -1 - (c.B % 2), c.A == 6), (PlanActionStatus)(c.B % 3 + 2), by);
                break;
            default:
                return AgreeSmartObjective(world, intervention);
        }

        return intervention;
    }

    /// <summary>
    /// Asks the <c>Can…</c> query of the step <see cref="Apply"/> would take, with the same arguments; <see langword="null"/>
    /// for the composite step, which has no single query.
    /// </summary>
    public static Permission? Ask(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var by = world.Counsellor;
        var client = world.ClientActor;
        return c.Kind switch
        {
            13 => intervention.CanProposeObjective(Objective(world, Objectives[c.A % 3], c.B)),
            14 => intervention.CanAgreeObjective(Objectives[c.A % 3], Held(intervention, c.A, c.B == 2)),
            15 => intervention.CanAddDesiredBenefit(new DesiredBenefit(Benefits[c.A % 3], "what matters") { Objectives = [Existing(intervention, c.B)] }),
            16 => intervention.CanIdentifyBarrier(
                new Barrier(BarrierIds[c.A % 3], (BarrierCategory)((c.A + c.B) % 12 + 1)) { TiedToBenefit = c.B == 0 ? null : Benefits[c.B % 3] }),
            17 => intervention.CanChangeBarrierStatus(BarrierIds[c.A % 3], (BarrierStatus)(c.B % 3)),
            18 => intervention.CanAgreeAction(new PlanAction(Actions[c.A % 5], "act", Owner(world, c.B), Held(intervention, c.A, c.A == 6)) { Objective = c.A == 5 ? null : Existing(intervention, c.A) }),
            19 => intervention.CanRecordActionStatus(ExistingAction(intervention, c.A), (PlanActionStatus)(c.B % 4 + 1)),
            20 => intervention.CanReviewAction(ExistingAction(intervention, c.A), Held(intervention, -1 - (c.B % 2), c.A == 6), (PlanActionStatus)(c.B % 3 + 2)),
            _ => null,
        };
    }

    private static Actor Owner(TestWorld world, int variant) => variant switch
    {
        0 => world.ClientActor,
        1 => world.Counsellor,
        2 => Actor.Relative(world.Client, ThirdPartyRole.Aunt),
        _ => Actor.Partner(new PartnerId(new Guid("55555555-5555-5555-5555-555555555555"))),
    };

    /// <summary>
    /// Proposes a SMART objective, has the client agree to it at the last held session and gives it a benefit, all or
    /// nothing: the steps run on a copy rebuilt from history, returned only if every step was accepted.
    /// </summary>
    public static Intervention AgreeSmartObjective(TestWorld world, Intervention intervention)
    {
        var copy = Intervention.FromHistory(intervention.History, world.Agency);
        var held = copy.Sessions.LastOrDefault(s => s.Status == SessionStatus.Held)?.Id ?? LifecycleProperties.Session(0);
        var objective = Objective(world, ObjectiveId.New(), 0) with { Deadline = Deadline(world, copy) };
        copy.ProposeObjective(objective, world.Counsellor);
        copy.AgreeObjective(objective.Id, held, world.Counsellor);
        copy.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "what matters") { Objectives = [objective.Id] }, world.Counsellor);
        return copy;
    }

    /// <summary>An objective of the intervention, or one of the pool when it has none (or now and then, to try an unknown one).</summary>
    private static ObjectiveId Existing(Intervention intervention, int index)
        => intervention.Objectives.Count == 0 || index == 4 ? Objectives[index % 3] : intervention.Objectives[index % intervention.Objectives.Count].Id;

    /// <summary>An action of the plan, or one of the pool when it has none (or now and then, to try an unknown one).</summary>
    private static PlanActionId ExistingAction(Intervention intervention, int index)
        => intervention.ActionPlan.Count == 0 || index == 4 ? Actions[index % 5] : intervention.ActionPlan[index % intervention.ActionPlan.Count].Id;

    /// <summary>
    /// A held session of the intervention (counted from the end when <paramref name="index"/> is negative), or a
    /// session of the pool, held or not, when <paramref name="fromPool"/> or none is held.
    /// </summary>
    private static SessionId Held(Intervention intervention, int index, bool fromPool)
    {
        var held = intervention.Sessions.Where(s => s.Status == SessionStatus.Held).OrderBy(s => s.HeldAt).ToList();
        if (fromPool || held.Count == 0)
        {
            return LifecycleProperties.Session(Math.Abs(index));
        }

        return held[((index % held.Count) + held.Count) % held.Count].Id;
    }

    /// <summary>Everything observable of the objectives' side, compared by value.</summary>
    public static string Describe(Intervention i)
        => string.Join("|", i.Objectives.Select(o => o.Id + "/" + o.IsAgreed))
           + "#" + string.Join("|", i.Benefits.Select(b => b.Id))
           + "#" + string.Join("|", i.Barriers.Select(b => b.Id + "/" + b.Status))
           + "#" + string.Join("|", i.ActionPlan.Select(a => a.Id + "/" + a.Status + "/" + a.ReviewedAt + "/" + a.Agreement?.Client + "@" + a.Agreement?.At))
           + "#" + i.Diagnosis + "#" + string.Join("|", i.Aspirations.Select(a => a.ExpressedBy + "/" + a.Session));

    private static SmartObjective Objective(TestWorld world, ObjectiveId id, int variant)
    {
        var valid = new SmartObjective(id, "Send three applications")
        {
            ByWhom = world.ClientActor,
            Indicator = new Indicator("applications sent", "applications", 0, 3),
            Steps = ["Choose three employers", "Send the applications"],
            Realism = "Fits the client's week",
            Deadline = world.Clock.GetCurrentInstant().InUtc().Date.PlusDays(30),
        };
        return variant switch
        {
            0 => valid,
            1 => new SmartObjective(id, "Find a job") { ByWhom = world.ClientActor },
            2 => valid with { What = " " },
            _ => valid with { Indicator = valid.Indicator! with { Target = -1 } },
        };
    }

    private static LocalDate Deadline(TestWorld world, Intervention intervention)
    {
        var wanted = world.Clock.GetCurrentInstant().InUtc().Date.PlusDays(30);
        return wanted <= intervention.ProgrammeEndDate ? wanted : intervention.ProgrammeEndDate;
    }

    private static T[] Pool<T>(int count, Func<Guid, T> create)
        => Enumerable.Range(1, count).Select(i => create(new Guid(i, (short)typeof(T).Name.Length, 7, new byte[8]))).ToArray();
}
