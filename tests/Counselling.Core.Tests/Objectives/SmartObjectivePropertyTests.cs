using System;
using System.Linq;

using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Objectives;

public sealed class SmartObjectivePropertyTests
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ObjectivesArbitraries) })]
    public bool Validation_NeverThrows_AndReadsConsistently(SmartCase c)
    {
        var result = c.Validator().Validate(c.Objective, c.Window);

        return result.IsValid == (result.Failures.Count == 0)
               && result.Letters.Count == 5
               && result.Letters.All(l => l.Holds == (l.Failures.Count == 0))
               && result.Letters.All(l => l.Failures.All(f => f.Letter == l.Letter && f.Code.StartsWith("objective." + "smart"[(int)l.Letter] + ".", StringComparison.Ordinal)))
               && result.Failures.SequenceEqual(result.Letters.SelectMany(l => l.Failures));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ObjectivesArbitraries) })]
    public bool ObjectiveWithoutAMeasurableTarget_FailsMeasurable(SmartCase c, bool dropTheIndicator)
    {
        var objective = c.Objective with
        {
            Indicator = dropTheIndicator ? null : (c.Objective.Indicator ?? new Indicator("m", "u", 0, 1)) with { Target = null },
        };

        var measurable = c.Validator().Validate(objective, c.Window).Measurable;

        return !measurable.Holds
               && measurable.Failures.Any(f => f.Code is ObjectiveCodes.NoTarget or ObjectiveCodes.NoIndicator);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ObjectivesArbitraries) })]
    public bool DeadlineOnOrBeforeTheAgreement_FailsTimeBound(SmartCase c, byte daysBefore)
    {
        var validator = c.Validator();
        var agreement = c.Objective.Agreement ?? ObjectiveExamples.AgreedToday();
        var agreedOn = validator.AgreedOn(agreement);
        if (agreedOn < LocalDate.MinIsoValue.PlusDays(256))
        {
            return true;
        }

        var objective = c.Objective.WithAgreement(agreement) with { Deadline = agreedOn.PlusDays(-daysBefore) };

        var timeBound = validator.Validate(objective, c.Window).TimeBound;

        return !timeBound.Holds && timeBound.Failures.Any(f => f.Code == ObjectiveCodes.DeadlineNotAfterAgreement);
    }
}
