using System.Collections.Generic;
using System.Globalization;

using Counselling.Core.Resources;
using FluentValidation.Resources;

namespace Counselling.Core.Objectives;

/// <summary>
/// The FluentValidation language manager of the SMART validators, fed from the same table as
/// <see cref="Common.MessageCatalog"/> (<see cref="ObjectivesMessages"/>) so both say the same thing.
/// fr-FR, fr-CA and fr-BE fall back to French through their parent culture; every other culture falls back to English.
/// </summary>
/// <remarks>
/// One instance is owned by each validator; <c>ValidatorOptions.Global</c> is never touched (it is the host's).
/// Lookups are cached by FluentValidation in a concurrent dictionary: safe to share between threads.
/// </remarks>
internal sealed class ObjectivesLanguageManager : LanguageManager
{
    private const string English = "en";

    public ObjectivesLanguageManager(IEnumerable<MessageTemplate> templates)
    {
        foreach (var template in templates)
        {
            AddTranslation(English, template.Code, template.English);
            AddTranslation("fr", template.Code, template.French);
        }
    }

    /// <summary>Gets the template of a code, falling back to the parent culture, then to English for every culture (neutral ones included).</summary>
    public override string GetString(string key, CultureInfo? culture = null)
    {
        var text = base.GetString(key, culture);
        return string.IsNullOrEmpty(text) ? base.GetString(key, CultureInfo.GetCultureInfo(English)) : text;
    }
}
