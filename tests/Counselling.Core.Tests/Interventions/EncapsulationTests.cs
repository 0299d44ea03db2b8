using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>What the aggregate hands out cannot be changed behind its back, and no default value means "allowed".</summary>
public sealed class EncapsulationTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void ExposedLists_CannotBeCastBackAndChanged()
    {
        var intervention = _world.Active();

        Assert.Throws<NotSupportedException>(() => ((ICollection<InterventionEvent>)intervention.History).Add(intervention.History[0]));
        Assert.Throws<NotSupportedException>(() => ((ICollection<Session>)intervention.Sessions).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<SmartObjective>)intervention.Objectives).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<DesiredBenefit>)intervention.Benefits).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((ICollection<Barrier>)intervention.Barriers).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<PlanAction>)intervention.ActionPlan).Clear());
        Assert.IsNotType<List<InterventionEvent>>(intervention.History);
    }

    [Fact]
    public void ActionRefusedException_CopiesItsReasons()
    {
        var reasons = new List<Reason> { new("action.refused") };
        var refusal = new ActionRefusedException("Close", reasons);
        reasons.Add(new Reason("clock.before-last-change"));

        Assert.Single(refusal.Reasons);
        Assert.Throws<NotSupportedException>(() => ((ICollection<Reason>)refusal.Reasons).Clear());
    }

    [Fact]
    public void DefaultPermission_IsNeverAllowed()
    {
        var undecided = default(Permission);

        Assert.False(undecided.IsAllowed);
        Assert.True(undecided.IsDefault);
        Assert.Equal(["permission.undecided"], [.. System.Linq.Enumerable.Select(undecided.Reasons, r => r.Code)]);
        Assert.False(default(ActionOption).Permission.IsAllowed);
        Assert.True(Permission.Allowed.IsAllowed);
        Assert.NotEqual(Permission.Allowed, undecided);
    }

    [Fact]
    public void Permissions_CompareByValue_AndCopyTheirReasons()
    {
        var reasons = new List<Reason> { new("session.unknown") };
        var first = Permission.Refused(reasons);
        var second = Permission.Refused([new Reason("session.unknown")]);
        reasons.Clear();

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Single(first.Reasons);
        Assert.NotEqual(first, Permission.Refused([new Reason("session.not-planned")]));
    }

    [Fact]
    public void AnAgreement_ComesOnlyThroughTheMethodThatRecordsIt()
    {
        var setter = typeof(SmartObjective).GetProperty(nameof(SmartObjective.Agreement))!.SetMethod;

        Assert.True(setter is null || !setter.IsPublic);
    }
}
