using System.Collections.Frozen;
using System.Collections.Generic;

namespace Counselling.Research.Files;

/// <summary>The English and French words of <see cref="CohortFileCodes"/>.</summary>
internal static class CohortFileMessages
{
    public static readonly FrozenDictionary<string, (string English, string French)> All = new Dictionary<string, (string, string)>
    {
        [CohortFileCodes.ColumnMissing] = ("the header lacks this required column", "l’en-tête n’a pas cette colonne obligatoire"),
        [CohortFileCodes.CellCount] = ("the line has not as many cells as the header", "la ligne n’a pas autant de cellules que l’en-tête"),
        [CohortFileCodes.ValueMissing] = ("a value is required", "une valeur est obligatoire"),
        [CohortFileCodes.DateInvalid] = ("not a date (yyyy-MM-dd)", "ce n’est pas une date (aaaa-mm-jj)"),
        [CohortFileCodes.CountInvalid] = ("not a whole number from 0 to 10,000", "ce n’est pas un nombre entier de 0 à 10 000"),
        [CohortFileCodes.ScoreInvalid] = ("not a whole number from 1 to 5", "ce n’est pas un nombre entier de 1 à 5"),
        [CohortFileCodes.YesNoInvalid] = ("neither yes nor no", "ni oui ni non"),
        [CohortFileCodes.ClosureReasonInvalid] = ("not a closure reason (objectives-met, client-autonomous, referred-elsewhere, dropped-out, moved-away, one-off-advice, other)", "ce n’est pas un motif de clôture (objectives-met, client-autonomous, referred-elsewhere, dropped-out, moved-away, one-off-advice, other)"),
        [CohortFileCodes.CodeInvalid] = ("not a short code (64 characters at most, on one line; a programme or a site only letters, digits and - _ . : /)", "ce n’est pas un code court (64 caractères au plus, sur une ligne ; pour un programme ou un site, uniquement des lettres, des chiffres et - _ . : /)"),
        [CohortFileCodes.ZoneUnknown] = ("an unknown time zone", "un fuseau horaire inconnu"),
        [CohortFileCodes.Inconsistent] = ("contradicts another value of the line", "contredit une autre valeur de la ligne"),
        [CohortFileCodes.JsonInvalid] = ("not a JSON object of the layout’s values", "ce n’est pas un objet JSON des valeurs attendues"),
    }.ToFrozenDictionary();

    public static string Text(string code, bool french)
        => All.TryGetValue(code, out var m) ? (french ? m.French : m.English) : code;
}
