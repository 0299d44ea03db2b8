namespace Counselling.Core.Objectives;

/// <summary>
/// The taxonomy of barriers that stop a client acting (often tied to what matters most to the client, and to the wider situation).
/// Hosts exchange categories by their stable codes: see <see cref="BarrierCategoryCodes"/>.
/// </summary>
public enum BarrierCategory
{
    /// <summary>Getting to places: no licence, no vehicle, no public transport (code <c>mobility</c>).</summary>
    Mobility = 1,

    /// <summary>No stable housing, or housing far from work (code <c>housing</c>).</summary>
    Housing = 2,

    /// <summary>Physical or mental health, disability (code <c>health</c>).</summary>
    Health = 3,

    /// <summary>Childcare and family responsibilities (code <c>childcare-family</c>).</summary>
    ChildcareAndFamily = 4,

    /// <summary>Money: debts, lack of income, the fear of lacking money (code <c>finances</c>).</summary>
    Finances = 5,

    /// <summary>The language of work or of the services (code <c>language</c>).</summary>
    Language = 6,

    /// <summary>Reading, writing, numeracy (code <c>basic-skills</c>).</summary>
    BasicSkills = 7,

    /// <summary>Access to devices and the internet, and the skills to use them (code <c>digital</c>).</summary>
    Digital = 8,

    /// <summary>Papers, permits, rights, legal matters (code <c>administrative-legal</c>).</summary>
    AdministrativeOrLegal = 9,

    /// <summary>Confidence, fears, self-esteem (code <c>confidence-fears</c>).</summary>
    ConfidenceAndFears = 10,

    /// <summary>Discrimination met or feared (code <c>discrimination</c>).</summary>
    Discrimination = 11,

    /// <summary>Anything else (code <c>other</c>).</summary>
    Other = 12,
}
