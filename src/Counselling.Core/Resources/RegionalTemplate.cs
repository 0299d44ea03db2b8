namespace Counselling.Core.Resources;

/// <summary>One message of a regional table (<c>fr-CA</c>, <c>fr-BE</c>, <c>fr-FR</c>, <c>en-US</c>) that overrides the text of its language for that region.</summary>
internal readonly record struct RegionalTemplate(string Culture, string Code, string Text);
