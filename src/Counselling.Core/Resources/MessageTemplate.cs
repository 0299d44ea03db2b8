namespace Counselling.Core.Resources;

/// <summary>One message: its stable code and its English and French templates, side by side so translations are reviewed together.</summary>
internal readonly record struct MessageTemplate(string Code, string English, string French);
