namespace Counselling.Core.Resources;

/// <summary>Messages of the limits on texts and dates the library accepts.</summary>
internal static class BoundsMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("text.too-long", "The text of {field} is longer than {limit, plural, one {# character} other {# characters}}.", "Le texte de {field} dépasse {limit, plural, one {# caractère} other {# caractères}}."),
        new("text.invalid-unicode", "The text of {field} holds characters that are not valid Unicode.", "Le texte de {field} contient des caractères Unicode non valides."),
        new("date.out-of-range", "The date of {field} lies outside the supported dates, from {from} to {to}.", "La date de {field} sort des dates prises en charge, du {from} au {to}."),
        new("return.before-earlier-closure", "A return is opened after the earlier intervention closed, on {closed}.", "Le retour de la personne ne peut pas être daté d'avant la clôture de l'accompagnement précédent, le {closed}."),
        new("programme.too-long", "A programme lasts at most {months, plural, one {# month} other {# months}}.", "Un programme dure au plus {months} mois."),
    ];
}
