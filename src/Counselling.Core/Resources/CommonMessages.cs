namespace Counselling.Core.Resources;

/// <summary>Messages shared by every capability: units, actors, generic refusals.</summary>
internal static class CommonMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("action.refused", "The action was refused.", "L'action a été refusée."),
        new("clock.before-last-change", "The clock reads an instant earlier than the last recorded change; check the clock before recording anything.", "L'horloge indique un instant antérieur au dernier changement enregistré ; vérifiez l'horloge avant d'enregistrer."),
        new("unit.year.one", "year", "an"),
        new("unit.year.other", "years", "ans"),
        new("unit.month.one", "month", "mois"),
        new("unit.month.other", "months", "mois"),
        new("unit.week.one", "week", "semaine"),
        new("unit.week.other", "weeks", "semaines"),
        new("unit.day.one", "day", "jour"),
        new("unit.day.other", "days", "jours"),
        new("unit.hour.one", "hour", "heure"),
        new("unit.hour.other", "hours", "heures"),
        new("enum.ActorKind.Counsellor", "counsellor", "personne conseillère"),
        new("enum.ActorKind.Client", "client", "personne accompagnée"),
        new("enum.ActorKind.Partner", "partner", "structure partenaire"),
        new("enum.ActorKind.Relative", "relative", "proche"),
        new("enum.ActorKind.System", "system", "système"),
    ];
}
