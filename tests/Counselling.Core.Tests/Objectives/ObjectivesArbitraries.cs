using Counselling.Core.Evidence;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

using Counselling.Core.Common;
using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Counselling.Core.Tests.Objectives;

/// <summary>One generated case: an objective, the programme's window and what the clock says.</summary>
public sealed record SmartCase(SmartObjective Objective, ProgrammeWindow Window, Instant Now)
{
    public SmartObjectiveValidator Validator() => ObjectiveExamples.Validator(Now);
}

/// <summary>The generators of the objectives' properties, kept together.</summary>
public static class ObjectivesArbitraries
{
    private static readonly Gen<string?> Texts = Gen.Elements<string?>(null, string.Empty, " ", "\t\n", "x", "Trouver un emploi", "{deadline} {0}", "Postuler à trois formations", new string('é', TextLimits.Label));

    private static readonly Gen<decimal?> Quantities = Gen.OneOf(
        Gen.Constant<decimal?>(null),
        Gen.Elements<decimal?>(decimal.MinValue, -1m, 0m, 0.5m, decimal.MaxValue),
        Gen.Choose(-1000, 1000).Select(i => (decimal?)(i / 10m)));

    private static readonly Gen<LocalDate> Dates = Gen.Frequency(
        (9, Gen.Choose(-3650, 3650).Select(d => ObjectiveExamples.Today.PlusDays(d))),
        (1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1, 1, 1))));

    private static readonly Gen<Instant> Instants = Gen.Frequency(
        (9, Gen.Choose(-3650 * 24, 3650 * 24).Select(h => ObjectiveExamples.Now.Plus(Duration.FromHours(h)))),
        (1, Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUnixTimeTicks(0))));

    private static readonly Gen<Actor> Actors = Gen.Elements(
        default,
        Actor.Client(ObjectiveExamples.Client),
        Actor.Counsellor(ObjectiveExamples.Counsellor),
        Actor.Relative(ObjectiveExamples.Client, ThirdPartyRole.Aunt));

    private static readonly Gen<Indicator?> Indicators = Gen.OneOf(
        Gen.Constant<Indicator?>(null),
        from measure in Texts
        from unit in Texts
        from baseline in Quantities
        from target in Quantities
        from direction in Gen.Elements(IndicatorDirection.Increase, IndicatorDirection.Decrease)
        select (Indicator?)new Indicator(measure, unit, baseline, target, direction));

    private static readonly Gen<ObjectiveAgreement?> Agreements = Gen.OneOf(
        Gen.Constant<ObjectiveAgreement?>(null),
        Instants.Select(at => (ObjectiveAgreement?)new ObjectiveAgreement(at, ObjectiveExamples.FirstSession, Actor.Client(ObjectiveExamples.Client))));

    private static readonly Gen<ProgrammeWindow> Windows = Gen.OneOf(
        Gen.Constant(ProgrammeWindow.Unlimited),
        from start in Gen.Choose(-730, 0).Select(d => ObjectiveExamples.Today.PlusDays(d))
        from months in Gen.Choose(1, 36)
        select new ProgrammeWindow(start, Period.FromMonths(months)));

    private static readonly Gen<SmartObjective> Objectives =
        from what in Texts
        from byWhom in Actors
        from indicator in Indicators
        from steps in Gen.ArrayOf(Texts.Select(t => t ?? string.Empty)).Select(s => s.Take(5).ToImmutableArray())
        from realism in Texts
        from deadline in Gen.OneOf(Gen.Constant<LocalDate?>(null), Dates.Select(d => (LocalDate?)d))
        from agreement in Agreements
        from occupation in Gen.Elements<Counselling.Core.Occupations.Occupation?>(null, Counselling.Core.Occupations.Occupation.Parse("ROME:L1508"))
        select new SmartObjective(ObjectiveId.New(), what)
        {
            ByWhom = byWhom,
            Indicator = indicator,
            Steps = steps,
            Realism = realism,
            Deadline = deadline,
            Occupation = occupation,
        }.WithAgreement(agreement);

    public static Arbitrary<SmartCase> SmartCases()
        => Arb.From(
            from objective in Objectives
            from window in Windows
            from now in Instants
            select new SmartCase(objective, window, now),
            Shrink);

    private static IEnumerable<SmartCase> Shrink(SmartCase c)
    {
        var o = c.Objective;
        if (c.Now != ObjectiveExamples.Now)
        {
            yield return c with { Now = ObjectiveExamples.Now };
        }

        if (!c.Window.IsUnlimited)
        {
            yield return c with { Window = ProgrammeWindow.Unlimited };
        }

        if (o.Indicator is not null)
        {
            yield return c with { Objective = o with { Indicator = null } };
        }

        if (!o.Steps.IsEmpty)
        {
            yield return c with { Objective = o with { Steps = [] } };
        }

        if (o.Agreement is not null)
        {
            yield return c with { Objective = o.WithAgreement(null) };
        }

        if (o.Deadline is not null)
        {
            yield return c with { Objective = o with { Deadline = null } };
        }

        if (o.Realism is not null || o.What.Length > 0)
        {
            yield return c with { Objective = o with { Realism = null, What = string.Empty } };
        }
    }
}
