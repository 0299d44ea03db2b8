namespace Counselling.Research;

/// <summary>
/// One message of the research package: its stable code and its English and French templates, side by side, with
/// placeholders in braces (<c>{threshold}</c>). The same shape as the rows of Counselling.Core's message catalogue, so
/// a host can load every row into its own catalogue.
/// </summary>
/// <param name="Code">The stable code, such as <c>research.disclosure.small-cell-rule</c>.</param>
/// <param name="English">The English template.</param>
/// <param name="French">The French template.</param>
public readonly record struct ResearchMessage(string Code, string English, string French);
