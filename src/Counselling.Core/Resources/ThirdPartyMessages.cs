namespace Counselling.Core.Resources;

/// <summary>
/// Names of the roles of third parties (<c>enum.ThirdPartyRole.Member</c>): how a report names the aunt who helped,
/// never by her name. French names people by epicene forms where a role has two (<i>ami ou amie</i>,
/// <i>personne enseignante ou formatrice</i>); <see cref="QuebecMessages"/> gives fr-CA's words where they differ.
/// </summary>
internal static class ThirdPartyMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("enum.ThirdPartyRole.Parent", "parent or guardian", "parent"),
        new("enum.ThirdPartyRole.Sibling", "brother or sister", "frère ou sœur"),
        new("enum.ThirdPartyRole.Grandparent", "grandparent", "grand-parent"),
        new("enum.ThirdPartyRole.Aunt", "aunt", "tante"),
        new("enum.ThirdPartyRole.Uncle", "uncle", "oncle"),
        new("enum.ThirdPartyRole.OtherFamily", "another family member", "autre membre de la famille"),
        new("enum.ThirdPartyRole.Spouse", "spouse or partner", "conjoint ou conjointe"),
        new("enum.ThirdPartyRole.Friend", "friend", "ami ou amie"),
        new("enum.ThirdPartyRole.Employer", "employer", "employeur"),
        new("enum.ThirdPartyRole.Teacher", "teacher or trainer", "personne enseignante ou formatrice"),
        new("enum.ThirdPartyRole.PartnerOrganisation", "partner organisation", "structure partenaire"),
        new("enum.ThirdPartyRole.SocialWorker", "social worker", "travailleur social ou travailleuse sociale"),
        new("enum.ThirdPartyRole.HealthProfessional", "health professional", "professionnel ou professionnelle de santé"),
        new("enum.ThirdPartyRole.Mentor", "mentor or sponsor", "parrain ou marraine"),
        new("enum.ThirdPartyRole.Other", "someone else", "autre personne"),
    ];
}
