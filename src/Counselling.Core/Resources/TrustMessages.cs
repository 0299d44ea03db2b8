namespace Counselling.Core.Resources;

/// <summary>Messages of the validated rebuild and of the limits on what an intervention accepts.</summary>
internal static class TrustMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("history.empty", "The stored history holds no event: an intervention starts with its opening.", "L'historique enregistré ne contient aucun événement : un accompagnement commence par son ouverture."),
        new("history.event-missing", "The stored history holds an empty entry where an event was expected.", "L'historique enregistré contient une entrée vide à la place d'un événement."),
        new("history.opening-missing", "The stored history does not start with the intervention's opening.", "L'historique enregistré ne commence pas par l'ouverture de l'accompagnement."),
        new("history.opened-twice", "The stored history opens the intervention a second time.", "L'historique enregistré ouvre l'accompagnement une seconde fois."),
        new("history.position-mismatch", "This event was stored at position {stored} but stands at position {expected}: two writers appended at the same place, or an event was moved.", "Cet événement a été enregistré en position {stored} mais se trouve en position {expected} : deux enregistrements ont été ajoutés au même endroit, ou un événement a été déplacé."),
        new("history.actor-missing", "This event does not say who recorded it.", "Cet événement n'indique pas qui l'a enregistré."),
        new("history.event-incomplete", "This event lacks a value it needs, or holds one the intervention never records.", "Il manque à cet événement une valeur nécessaire, ou il en contient une que l'accompagnement n'enregistre jamais."),
        new("history.event-unknown", "This event is of a kind this version does not know.", "Cet événement est d'un type que cette version ne connaît pas."),
        new("history.unknown-zone", "This event names a time zone the zone provider does not know.", "Cet événement renvoie à un fuseau horaire inconnu du fournisseur de fuseaux."),
        new("history.referral-unexpected", "A referral to a specialist is recorded only with the interview that completes the run of interviews without progress.", "Une orientation vers un ou une spécialiste n'est enregistrée qu'avec l'entretien qui complète la série d'entretiens sans progrès."),
        new("history.referral-missing", "The interview that completed the run of interviews without progress is not followed by its referral to a specialist.", "L'entretien qui complète la série d'entretiens sans progrès n'est pas suivi de son orientation vers un ou une spécialiste."),
        new("history.value-out-of-range", "This event holds a date or a value outside what the calendar can compute.", "Cet événement contient une date ou une valeur hors de ce que le calendrier sait calculer."),
        new("permission.undecided", "No one has checked whether this action is allowed: ask the intervention.", "Personne n'a vérifié si cette action est permise : interrogez l'accompagnement."),
        new("history.invalid", "The stored history is not valid.", "L'historique enregistré n'est pas valide."),
    ];
}
