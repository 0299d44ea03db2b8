namespace Counselling.Core.Resources;

/// <summary>Messages of the evidence the case record could not read, refused when it is recorded.</summary>
internal static class ConsistencyMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("evidence.follow-up-before-closure", "A follow-up situation is recorded only after the closure, and known after it.", "Une situation de suivi ne s'enregistre qu'après la clôture, et doit être connue après celle-ci."),
        new("evidence.objective-not-measurable", "This value measures an objective without a target beyond its starting point or without a deadline: the evaluation cannot read it.", "Cette valeur mesure un objectif sans cible au-delà de son point de départ ou sans échéance : l'évaluation ne peut pas la lire."),
        new("evidence.option-already-resolved", "A resolved option (succeeded, failed or abandoned) is never pending again: this fact contradicts one already recorded.", "Une option tranchée (aboutie, non aboutie ou abandonnée) ne peut plus redevenir en attente : ce fait contredit un fait déjà enregistré."),
    ];
}
