using Counselling.Core.Objectives;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Objectives;

public sealed class SmartObjectiveYesOrNoPropertyTests
{
    /// <summary>
    /// The aggregate asks "does it pass?" without building a result; the answer must be the validator's, for random
    /// objectives and for a sound objective with one field taken from a random one (so that both answers occur often).
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ObjectivesArbitraries) })]
    public bool QuickAnswer_AgreesWithTheValidator(SmartCase c, byte field)
    {
        var sound = ObjectiveExamples.SoundTechnicianNegotiated().WithAgreement(ObjectiveExamples.AgreedToday());
        var random = c.Objective;
        var objective = (field % 8) switch
        {
            0 => random,
            1 => sound with { What = random.What },
            2 => sound with { ByWhom = random.ByWhom },
            3 => sound with { Indicator = random.Indicator },
            4 => sound with { Steps = random.Steps },
            5 => sound with { Realism = random.Realism },
            6 => sound with { Deadline = random.Deadline },
            _ => sound.WithAgreement(random.Agreement),
        };
        var validator = c.Validator();

        return SmartObjectiveValidator.Holds(objective, c.Window, validator.Today, validator.Zone)
               == validator.Validate(objective, c.Window).IsValid;
    }

    /// <summary>
    /// The direct reading of the letters gives the answer of the validator's own predicates, read in order, for a random
    /// objective, for a sound one with each of its fields in turn taken from the random one, and for the random one with
    /// a sound indicator, as of random days, windows and zones.
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ObjectivesArbitraries) })]
    public void DirectReading_AgreesWithThePredicates(SmartCase c)
    {
        var sound = ObjectiveExamples.SoundTechnicianNegotiated().WithAgreement(ObjectiveExamples.AgreedToday());
        var random = c.Objective;
        SmartObjective[] objectives =
        [
            random, sound, random with { Indicator = sound.Indicator }, sound.WithAgreement(random.Agreement),
            sound with { What = random.What }, sound with { ByWhom = random.ByWhom }, sound with { Indicator = random.Indicator },
            sound with { Steps = random.Steps }, sound with { Realism = random.Realism }, sound with { Deadline = random.Deadline },
        ];
        var validator = c.Validator();

        foreach (var objective in objectives)
        {
            Assert.Equal(
                SmartObjectiveValidator.HoldsByPredicates(objective, c.Window, validator.Today, validator.Zone),
                SmartObjectiveValidator.Holds(objective, c.Window, validator.Today, validator.Zone));
        }
    }

    [Fact]
    public void QuickAnswer_SaysYesToASoundObjective_AndNoToAVagueOne()
    {
        var validator = ObjectiveExamples.Validator();
        var sound = ObjectiveExamples.SoundTechnicianNegotiated().WithAgreement(ObjectiveExamples.AgreedToday());

        Assert.True(validator.Validate(sound, ObjectiveExamples.TwelveMonths).IsValid);
        Assert.True(SmartObjectiveValidator.Holds(sound, ObjectiveExamples.TwelveMonths, validator.Today, validator.Zone));
        Assert.False(SmartObjectiveValidator.Holds(ObjectiveExamples.Vague(), ObjectiveExamples.TwelveMonths, validator.Today, validator.Zone));
    }
}
