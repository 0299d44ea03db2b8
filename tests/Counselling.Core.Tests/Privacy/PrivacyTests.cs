using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Tests.Json;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Privacy;

/// <summary>Third parties named by role, personal text marked in the model and never printed, erasure keeping the figures.</summary>
public sealed class PrivacyTests
{
    /// <summary>
    /// The string properties of the history's types that are codes, not personal text (documented in docs/privacy.md):
    /// a programme's code, a time zone, a role or component, occupation codes, evidence codes.
    /// </summary>
    public static readonly ImmutableHashSet<string> NonPersonalCodes =
    [
        "ProgrammeSettings.Code", "InterventionOpened.ZoneId", "SessionPlanned.ZoneId", "Actor.Role", "Occupation.Code", "ReferralMade.ServiceName", "ServiceId.Value", "OrganizationId.Value",
        "CourseFact.Course", "OptionFact.Label", "InitialQuestionFact.Question", "CounsellorObjectiveFact.Criterion", "ContributionFact.Contribution",
        "AutonomyScale.Code", "AutonomyLevel.Code", "AutonomyLevel.NameCode", "OptionAdded.Label", "Occupation.Code",
        "ReferralMade.OrganizationName", "DecisionAwaited.Option", "AwaitedDecisionReceived.Option",
    ];

    private readonly TestWorld _world = new();

    [Fact]
    public void EveryStringOfTheHistory_IsMarkedPersonal_OrIsADocumentedCode()
    {
        var seen = new HashSet<Type>();
        var unmarked = new List<string>();
        foreach (var type in typeof(InterventionEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(InterventionEvent))))
        {
            Walk(type, seen, unmarked);
        }

        Assert.Contains(typeof(SmartObjective), seen);
        Assert.Contains(typeof(SessionOutcome), seen);
        Assert.Contains(typeof(ContributionFact), seen);
        Assert.True(unmarked.Count == 0, "Neither personal nor a documented code: " + string.Join(", ", unmarked));
    }

    [Fact]
    public void TheDocumentedCodes_AreNotMarkedPersonal_AndThePersonalTextsAreMarked()
    {
        Assert.Null(typeof(ProgrammeSettings).GetProperty(nameof(ProgrammeSettings.Code))!.GetCustomAttribute<PersonalDataAttribute>());
        Assert.NotNull(typeof(SessionOutcome).GetProperty(nameof(SessionOutcome.Summary))!.GetCustomAttribute<PersonalDataAttribute>());
        Assert.NotNull(typeof(PlanAction).GetProperty(nameof(PlanAction.What))!.GetCustomAttribute<PersonalDataAttribute>());
    }

    [Fact]
    public void AThirdParty_IsNamedByItsRole_AndPrintsItsRoleAndIdOnly()
    {
        var aunt = Actor.Relative(_world.Client, ThirdPartyRole.Aunt);
        var evt = new IntakeStarted(TestWorld.Start, Actor.Relative(_world.Client, ThirdPartyRole.SocialWorker));

        Assert.Equal("relative(aunt):" + _world.Client.Value.ToString("D"), aunt.ToString());
        Assert.Contains("relative(social-worker)", evt.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Actor.Relative(_world.Client, ThirdPartyRole.None));
        Assert.Equal(Enum.GetValues<ThirdPartyRole>().Length - 1, ThirdPartyRoleCodes.All.Count);
        Assert.All(Enum.GetValues<ThirdPartyRole>().Where(r => r != ThirdPartyRole.None), r => Assert.True(ThirdPartyRoleCodes.TryParse(ThirdPartyRoleCodes.ToCode(r), out var back) && back == r));
    }

    [Fact]
    public void AStoredThirdParty_WithAName_IsRefused_WithoutQuotingIt()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Actor>(
            """{"kind":"Relative","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","role":"Marie Dupont, diabetic"}""", JsonAssert.Options));

        Assert.DoesNotContain("Marie", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoEventOfAStory_PrintsPersonalText()
    {
        var intervention = _world.Active();
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), [new SessionOutcome(SessionOutcomeKind.Realisation, "Karim, dettes de son frère")], SessionProgress.Progressed, Actor.Relative(_world.Client, ThirdPartyRole.Aunt));

        foreach (var evt in intervention.History)
        {
            var text = evt.ToString();
            Assert.DoesNotContain("Karim", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Postuler", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Vivre", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Erase_ReplacesEveryPersonalText_AndKeepsTheShape()
    {
        var intervention = _world.Active();
        var barrier = new Barrier(BarrierId.New(), BarrierCategory.Finances) { Description = "Peur de manquer d'argent", TiedToValue = "argent" };
        intervention.IdentifyBarrier(barrier, _world.Counsellor);

        var erased = PersonalDataEraser.Erase(intervention.History);

        Assert.Equal(intervention.History.Select(e => (e.GetType(), e.Position, e.At, e.By)), erased.Select(e => (e.GetType(), e.Position, e.At, e.By)));
        var json = JsonSerializer.Serialize(erased, JsonAssert.Options);
        foreach (var personal in new[] { "Postuler", "Immersion", "candidatures", "Formation accessible", "Vivre de la musique", "Peur", "argent", "list of occupations" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
        }

        var rebuilt = Intervention.FromHistory(erased, _world.Agency);
        Assert.Equal(intervention.State, rebuilt.State);
        Assert.All(rebuilt.Sessions.SelectMany(s => s.Outcomes), o => Assert.Equal(PersonalDataEraser.Tombstone, o.Summary));
    }

    [Fact]
    public void Erase_KeepsATextThatShowsNothing_SoTheSmartReadingIsTheSame()
    {
        var objective = new SmartObjective(ObjectiveId.New(), string.Empty) { Realism = " ", Steps = ["", "Appeler"] };
        var evt = new ObjectiveProposed(objective, TestWorld.Start, _world.Counsellor);

        var erased = (ObjectiveProposed)PersonalDataEraser.Erase([evt])[0];

        Assert.Equal(string.Empty, erased.Objective.What);
        Assert.Equal(" ", erased.Objective.Realism);
        Assert.Equal(["", PersonalDataEraser.Tombstone], erased.Objective.Steps);
    }

    private static void Walk(Type type, HashSet<Type> seen, List<string> unmarked)
    {
        if (type.Assembly != typeof(InterventionEvent).Assembly || type.IsEnum || !seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
            if (element == typeof(string))
            {
                var name = property.DeclaringType!.Name + "." + property.Name;
                if (property.GetCustomAttribute<PersonalDataAttribute>() is null && !NonPersonalCodes.Contains(name))
                {
                    unmarked.Add(name);
                }
            }
            else
            {
                Walk(element, seen, unmarked);
            }
        }
    }
}
