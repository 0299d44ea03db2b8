using System.Collections.Frozen;
using System.Linq;

namespace Counselling.Research.Resources;

/// <summary>Every message of the research package, English and French side by side so translations are reviewed together.</summary>
internal static class ResearchMessageTable
{
    public static readonly ResearchMessage[] All =
    [
        // Rates.
        new(ResearchCodes.TrialsNotPositive,
            "A rate needs at least one person in the group (the group counts {trials}).",
            "Un taux demande au moins une personne dans le groupe (le groupe en compte {trials})."),
        new(ResearchCodes.SuccessesNegative,
            "The number of people with the outcome cannot be negative (it is {successes}).",
            "Le nombre de personnes ayant le résultat ne peut pas être négatif (il vaut {successes})."),
        new(ResearchCodes.SuccessesExceedTrials,
            "More people have the outcome ({successes}) than the group counts ({trials}).",
            "Plus de personnes ont le résultat ({successes}) que le groupe n'en compte ({trials})."),
        new(ResearchCodes.ConfidenceLevelOutOfRange,
            "The confidence level must lie strictly between 0 and 1, such as 0.95 (it is {level}).",
            "Le niveau de confiance doit être strictement compris entre 0 et 1, par exemple 0,95 (il vaut {level})."),
        new(ResearchCodes.ProbabilityOutOfRange,
            "A probability must lie between 0 and 1 (it is {probability}).",
            "Une probabilité doit être comprise entre 0 et 1 (elle vaut {probability})."),
        new(ResearchCodes.DegreesOfFreedomNotPositive,
            "The degrees of freedom must be a positive number (they are {degreesOfFreedom}).",
            "Le nombre de degrés de liberté doit être positif (il vaut {degreesOfFreedom})."),

        // Times to an event.
        new(ResearchCodes.NoObservations,
            "There is no one to analyse: the list of times is empty.",
            "Il n'y a personne à analyser : la liste des durées est vide."),
        new(ResearchCodes.LengthsDiffer,
            "Each person needs a time, an event flag and, for a comparison, a group, but the lists differ in length (times: {times}, event flags: {events}, groups: {groups}).",
            "Chaque personne a besoin d'une durée, d'un indicateur d'événement et, pour une comparaison, d'un groupe, mais les listes n'ont pas la même longueur (durées : {times}, indicateurs : {events}, groupes : {groups})."),
        new(ResearchCodes.TimeInvalid,
            "The time at position {index} is negative, infinite or not a number; a time is a finite duration from the start, zero or more.",
            "La durée en position {index} est négative, infinie ou n'est pas un nombre ; une durée se compte depuis le début, finie, et vaut zéro ou plus."),
        new(ResearchCodes.FewerThanTwoGroups,
            "The log-rank test compares at least two groups; the data hold {groups}.",
            "Le test du log-rank compare au moins deux groupes ; les données n'en comptent que {groups}."),

        // Disclosure control.
        new(ResearchCodes.SmallCellRule,
            "Counts of fewer than {threshold} people are suppressed.",
            "Les effectifs de moins de {threshold} personnes sont masqués."),
        new(ResearchCodes.ComplementaryRule,
            "Where a suppressed count could be worked out from a total, other counts are suppressed too.",
            "Lorsqu'un effectif masqué pourrait se déduire d'un total, d'autres effectifs sont masqués aussi."),
        new(ResearchCodes.SuppressedSmallCell,
            "suppressed (fewer than {threshold})",
            "masqué (moins de {threshold})"),
        new(ResearchCodes.SuppressedComplementary,
            "suppressed (protects another count)",
            "masqué (protège un autre effectif)"),
        new(ResearchCodes.ThresholdNotPositive,
            "The small-cell threshold must be at least 1 (it is {threshold}).",
            "Le seuil des petits effectifs doit valoir au moins 1 (il vaut {threshold})."),
        new(ResearchCodes.CountNegative,
            "A count cannot be negative.",
            "Un effectif ne peut pas être négatif."),
        new(ResearchCodes.CellNegative,
            "A count cannot be negative (row {row}, column {column}, counted from 1).",
            "Un effectif ne peut pas être négatif (ligne {row}, colonne {column}, en comptant à partir de 1)."),
        new(ResearchCodes.TableEmpty,
            "The table has no cell.",
            "Le tableau n'a aucune case."),

        // Pseudonyms.
        new(ResearchCodes.KeyTooShort,
            "A pseudonymisation key needs at least {minimum} bytes; use 32 random bytes kept secret.",
            "Une clé de pseudonymisation doit compter au moins {minimum} octets ; utilisez 32 octets tirés au hasard et gardés secrets."),
        new(ResearchCodes.IdentifierEmpty,
            "The identifier to pseudonymise is empty.",
            "L'identifiant à pseudonymiser est vide."),
        new(ResearchCodes.PseudonymLengthOutOfRange,
            "A pseudonym in this format has between {minimum} and {maximum} characters (asked: {length}).",
            "Un pseudonyme dans ce format compte entre {minimum} et {maximum} caractères (demandé : {length})."),
    ];

    public static readonly FrozenDictionary<string, ResearchMessage> ByCode = All.ToFrozenDictionary(m => m.Code);
}
