namespace Counselling.Core.Resources;

/// <summary>Messages of the global situation, autonomy and occupation codes.</summary>
internal static class SituationMessages
{
    public static readonly MessageTemplate[] All =
    [
        // Life domains and their statuses.
        new("enum.LifeDomain.Work", "work", "emploi"),
        new("enum.LifeDomain.Training", "training", "formation"),
        new("enum.LifeDomain.Housing", "housing", "logement"),
        new("enum.LifeDomain.Health", "health", "santé"),
        new("enum.LifeDomain.Mobility", "mobility", "mobilité"),
        new("enum.LifeDomain.Money", "money", "budget"),
        new("enum.LifeDomain.FamilyAndChildcare", "family and childcare", "famille et garde d'enfants"),
        new("enum.LifeDomain.Language", "language", "langue"),
        new("enum.LifeDomain.Digital", "digital access and skills", "accès et usages numériques"),
        new("enum.LifeDomain.Administrative", "administrative situation", "situation administrative"),
        new("enum.LifeDomain.SocialTies", "social ties", "liens sociaux"),
        new("enum.LifeDomainStatus.NotAssessed", "not assessed", "non évalué"),
        new("enum.LifeDomainStatus.Resource", "a resource", "un point d'appui"),
        new("enum.LifeDomainStatus.Stable", "stable", "stable"),
        new("enum.LifeDomainStatus.Fragile", "fragile", "fragile"),
        new("enum.LifeDomainStatus.Difficulty", "a difficulty", "une difficulté"),
        new("enum.LifeDomainStatus.Blocking", "blocking", "bloquant"),
        new("situation.agreement-needs-both-views", "Before agreeing on {domain}, record how the client sees it and how the counsellor sees it.", "Avant de s'accorder sur le domaine « {domain} », notez comment la personne le voit et comment la personne conseillère le voit."),

        // Autonomy.
        new("enum.HelpMode.DoesFor", "the counsellor does it for the client", "la personne conseillère fait à sa place"),
        new("enum.HelpMode.DoesWith", "the counsellor does it with the client", "la personne conseillère fait avec elle"),
        new("enum.HelpMode.ClientAlone", "the client does it alone", "la personne fait seule"),
        new("enum.AssessmentMoment.Intake", "at intake", "à l'accueil"),
        new("enum.AssessmentMoment.AlongTheWay", "along the way", "en cours d'accompagnement"),
        new("enum.AssessmentMoment.Closure", "at closure", "à la clôture"),
        new("autonomy.level.accompanied", "accompanied", "accompagnée"),
        new("autonomy.level.guided", "guided", "guidée"),
        new("autonomy.level.supported", "supported", "soutenue"),
        new("autonomy.level.autonomous", "autonomous", "autonome"),
        new("autonomy.level-not-on-scale", "The level {level} is not on the scale used.", "Le niveau {level} ne fait pas partie de l'échelle utilisée."),

        // Occupation codes.
        new("occupation.invalid", "This is not a valid occupation code.", "Ce n'est pas un code de métier valide."),
        new("occupation.rome.format", "A ROME code is a letter followed by four digits, such as H2903.", "Un code ROME s'écrit avec une lettre suivie de quatre chiffres, par exemple H2903."),
        new("occupation.rome.domain-letter", "A ROME code starts with a domain letter from A to N; {letter} is not one.", "Un code ROME commence par une lettre de domaine de A à N ; {letter} n'en est pas une."),
        new("occupation.isco.format", "An ISCO-08 code is four digits, such as 7233.", "Un code CITP-08 (ISCO-08) s'écrit avec quatre chiffres, par exemple 7233."),
        new("occupation.onet.format", "An O*NET-SOC code is written NN-NNNN.NN, such as 49-9041.00.", "Un code O*NET-SOC s'écrit NN-NNNN.NN, par exemple 49-9041.00."),
        new("occupation.noc.format", "A NOC 2021 code is five digits, such as 72400.", "Un code CNP 2021 s'écrit avec cinq chiffres, par exemple 72400."),
        new("occupation.noc.teer", "The second digit of a NOC 2021 code is its TEER category, from 0 to 5; {teer} does not exist.", "Le deuxième chiffre d'un code CNP 2021 est sa catégorie FEER, de 0 à 5 ; la catégorie {teer} n'existe pas."),
        new("occupation.esco.format", "An ESCO occupation is written http://data.europa.eu/esco/occupation/ followed by its identifier.", "Un métier ESCO s'écrit http://data.europa.eu/esco/occupation/ suivi de son identifiant."),
        new("occupation.riasec.format", "A RIASEC code is one to three letters among R, I, A, S, E and C.", "Un code RIASEC s'écrit avec une à trois lettres parmi R, I, A, S, E et C."),
        new("occupation.riasec.repeated-letter", "A RIASEC code names each letter once; {letter} appears twice.", "Un code RIASEC cite chaque lettre une seule fois ; {letter} apparaît deux fois."),
        new("occupation.scheme.missing", "An occupation is written SCHEME:CODE, such as ROME:H2903.", "Un métier s'écrit CLASSIFICATION:CODE, par exemple ROME:H2903."),
        new("occupation.scheme.unknown", "{scheme} is not a known classification; use ROME, ISCO-08, O*NET-SOC, NOC-2021, ESCO or RIASEC.", "{scheme} n'est pas une classification connue ; utilisez ROME, ISCO-08, O*NET-SOC, NOC-2021, ESCO ou RIASEC."),
        new("enum.OccupationClassification.Rome", "ROME", "ROME"),
        new("enum.OccupationClassification.Isco08", "ISCO-08", "CITP-08"),
        new("enum.OccupationClassification.OnetSoc", "O*NET-SOC", "O*NET-SOC"),
        new("enum.OccupationClassification.Noc2021", "NOC 2021", "CNP 2021"),
        new("enum.OccupationClassification.Esco", "ESCO", "ESCO"),
        new("enum.OccupationClassification.Riasec", "RIASEC", "RIASEC"),
    ];
}
