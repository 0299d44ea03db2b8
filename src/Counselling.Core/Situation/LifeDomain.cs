namespace Counselling.Core.Situation;

/// <summary>
/// A domain of the client's life that the global situation covers, beyond work: the counsellor and the client look at
/// each one together. Barriers attach to domains through <see cref="LifeDomains.Of"/>.
/// </summary>
public enum LifeDomain
{
    /// <summary>Work and the search for it.</summary>
    Work = 1,

    /// <summary>Training, qualifications and basic skills (reading, writing, numeracy).</summary>
    Training = 2,

    /// <summary>Housing.</summary>
    Housing = 3,

    /// <summary>Physical and mental health, disability, well-being and confidence.</summary>
    Health = 4,

    /// <summary>Getting to places: licence, vehicle, public transport.</summary>
    Mobility = 5,

    /// <summary>Money: income, debts, benefits.</summary>
    Money = 6,

    /// <summary>Family responsibilities and childcare.</summary>
    FamilyAndChildcare = 7,

    /// <summary>The language of work and of the services.</summary>
    Language = 8,

    /// <summary>Access to devices and the internet, and the skills to use them.</summary>
    Digital = 9,

    /// <summary>Papers, permits, rights and legal matters.</summary>
    Administrative = 10,

    /// <summary>Social ties: people to count on, isolation.</summary>
    SocialTies = 11,
}
