using System.Collections.Immutable;

using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Core.Tests.Objectives;

/// <summary>The objectives of the seeds, and a clock and zone to read them with.</summary>
internal static class ObjectiveExamples
{
    public static readonly DateTimeZone Montreal = DateTimeZoneProviders.Tzdb["America/Toronto"];

    /// <summary>Today is Wednesday 25 November 2026 in Montreal.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 15, 0);

    public static readonly LocalDate Today = new(2026, 11, 25);

    public static readonly ClientId Client = new(new System.Guid("11111111-1111-1111-1111-111111111111"));

    public static readonly CounsellorId Counsellor = new(new System.Guid("22222222-2222-2222-2222-222222222222"));

    public static readonly SessionId FirstSession = new(new System.Guid("33333333-3333-3333-3333-333333333333"));

    public static readonly SessionId SecondSession = new(new System.Guid("44444444-4444-4444-4444-444444444444"));

    /// <summary>The mission locale's programme: 12 months from 1 September 2026.</summary>
    public static readonly ProgrammeWindow TwelveMonths = new(new LocalDate(2026, 9, 1), Period.FromMonths(12));

    public static SmartObjectiveValidator Validator(Instant? now = null) => new(new AgencyClock(new FakeClock(now ?? Now), DateTimeZoneProviders.Tzdb, Montreal.Id));

    public static ObjectiveAgreement AgreedToday() => new(Now, FirstSession, Actor.Client(Client), Actor.Counsellor(Counsellor));

    /// <summary>
    /// The young man who came wanting to be a sound engineer. First version, before the shared diagnosis:
    /// an aspiration, with no steps, a far deadline and nothing that says why it is realistic.
    /// </summary>
    public static SmartObjective SoundEngineerAspiration() => new(ObjectiveId.New(), "Devenir ingénieur du son")
    {
        ByWhom = Actor.Client(Client),
        Indicator = new Indicator("diplôme d'ingénieur du son", "diplôme", 0, 1),
        Deadline = new LocalDate(2031, 6, 30),
        Occupation = Occupation.Parse("ROME:L1508"),
    };

    /// <summary>
    /// The same aspiration negotiated against reality: an immersion in a studio, then applications to a sound
    /// technician course, inside the programme's twelve months.
    /// </summary>
    public static SmartObjective SoundTechnicianNegotiated() => new SmartObjective(ObjectiveId.New(), "Postuler à trois formations de technicien du son après une immersion en studio")
    {
        ByWhom = Actor.Client(Client),
        Indicator = new Indicator("candidatures envoyées à des formations de technicien du son", "candidatures", 0, 3),
        Steps = ["Immersion de deux semaines dans un studio partenaire", "Choisir trois formations avec le conseiller", "Envoyer les candidatures"],
        Resources = ["Tickets de transport", "Parrainage"],
        Realism = "Formation accessible sans bac, financée par la région ; la personne a déjà fait de la sonorisation en bénévolat.",
        Deadline = new LocalDate(2027, 3, 31),
        Occupation = Occupation.Parse("ROME:L1508"),
    }.WithAgreement(AgreedToday());

    /// <summary>The client who goes round in circles with a vague objective.</summary>
    public static SmartObjective Vague() => new(ObjectiveId.New(), "Trouver un emploi") { ByWhom = Actor.Client(Client) };

    public static ImmutableArray<string> Codes(SmartValidationResult result) => [.. System.Linq.Enumerable.Select(result.Failures, f => f.Code)];
}
