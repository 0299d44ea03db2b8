namespace Counselling.Core.Resources;

/// <summary>English as written in the United States (<c>en-US</c>): dates month first (<c>July 6, 2026</c>), times on a 12-hour clock.</summary>
internal static class AmericanMessages
{
    private const string Culture = "en-US";

    public static readonly RegionalTemplate[] All =
    [
        new(Culture, "format.date", "MMMM d, yyyy"),
        new(Culture, "format.date.first-day", "MMMM d, yyyy"),
        new(Culture, "format.time", "h:mm tt"),
        new(Culture, "format.time.on-the-hour", "h:mm tt"),
    ];
}
