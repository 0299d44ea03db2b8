using System;
using System.Linq;
using Counselling.Core.Common;
using Xunit;

namespace Counselling.Core.Tests.Architecture;

/// <summary>
/// What stays inside the library: the guards, the lifecycle tables and masks behind the aggregates, and the diagram
/// builders other than the intervention's own. A host asks <c>Can…</c> or <c>Check</c> and reads the reasons; it never
/// needs the rule objects.
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>Public types whose names end like plumbing but that a host does configure: a periservice rule is a line of the agency's policy.</summary>
    private static readonly string[] Configured = ["Counselling.Core.Periservice.PeriserviceRule"];

    /// <summary>The one diagram a guide shows and the command line prints.</summary>
    private static readonly string[] Shown = ["Counselling.Core.Interventions.LifecycleDiagram"];

    private static Type[] PublicTypes => typeof(MessageCatalog).Assembly.GetExportedTypes();

    [Fact]
    public void NoGuardOrTable_IsPublic()
    {
        var plumbing = PublicTypes
            .Where(t => t.Name.EndsWith("Rule", StringComparison.Ordinal) || t.Name.EndsWith("Table", StringComparison.Ordinal)
                || t.Name.EndsWith("Masks", StringComparison.Ordinal) || t.Name.EndsWith("Attempt", StringComparison.Ordinal)
                || t.Name.StartsWith("ILifecycle", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Except(Configured)
            .ToList();

        Assert.Empty(plumbing);
    }

    [Fact]
    public void OnlyTheInterventionsDiagram_IsPublic()
    {
        var diagrams = PublicTypes.Where(t => t.Name.EndsWith("Diagram", StringComparison.Ordinal)).Select(t => t.FullName!).ToList();

        Assert.Equal(Shown, diagrams);
    }

    [Fact]
    public void TheSurfaceChecks_SeeTheTypesThatArePublic()
    {
        Assert.Contains(PublicTypes, t => t.FullName == Configured[0]);
        Assert.Contains(PublicTypes, t => t.FullName == Shown[0]);
        Assert.DoesNotContain(PublicTypes, t => t.Name == "ReferralDiagram");
    }
}
