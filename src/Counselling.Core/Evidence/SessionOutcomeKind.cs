namespace Counselling.Core.Evidence;

/// <summary>The kinds of concrete outcome a session ends with (every interview ends with something concrete).</summary>
public enum SessionOutcomeKind
{
    /// <summary>A proposal made to the client (a workshop, a programme, an appointment).</summary>
    Proposal = 1,

    /// <summary>Something produced during the session (a CV, an application, a list of occupations).</summary>
    Realisation = 2,

    /// <summary>A referral to a service of the catalogue, internal or external.</summary>
    Referral = 3,

    /// <summary>An action agreed for before the next session.</summary>
    AgreedAction = 4,

    /// <summary>A job lead.</summary>
    JobLead = 5,

    /// <summary>A training lead.</summary>
    TrainingLead = 6,

    /// <summary>A decision the client made (a choice of occupation, of course, of plan).</summary>
    Decision = 7,
}
