namespace Counselling.Core.Resources;

/// <summary>
/// How values are written in prose: NodaTime patterns for dates and times, the joint of a date and a time, the quotes
/// around a host's label. A host changes them like any message (<c>MessageCatalog.WithTemplate</c>); month names come
/// from the culture, so <c>d MMMM yyyy</c> reads <c>6 juli 2026</c> in Dutch without a translation.
/// </summary>
internal static class FormatMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("format.date", "d MMMM yyyy", "d MMMM yyyy"),
        new("format.date.first-day", "d MMMM yyyy", "d'er' MMMM yyyy"),
        new("format.time", "HH:mm", "H' h 'mm"),
        new("format.time.on-the-hour", "HH:mm", "H' h'"),
        new("format.date-time", "{date} at {time}", "{date} à {time}"),
        new("format.label", "“{label}”", "« {label} »"),
    ];
}
