namespace Counselling.Core.Resources;

/// <summary>
/// One message: its stable code and its English and French templates, side by side so translations are reviewed together.
/// The French is the common base of fr-FR, fr-BE and fr-CA; a <see cref="RegionalTemplate"/> overrides it where a region says it otherwise.
/// </summary>
internal readonly record struct MessageTemplate(string Code, string English, string French);
