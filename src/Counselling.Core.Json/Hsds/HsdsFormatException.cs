using System;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.Json.Hsds;

/// <summary>
/// Thrown when an Open Referral (HSDS) export cannot be loaded. It says where: the JSON path of the bad value
/// (<c>$.services[3].minimum_age</c>), the section, the record's index and the field; and why, as a coded
/// <see cref="Common.Reason"/> with a message in English and French. Nothing of the export is loaded.
/// </summary>
public sealed class HsdsFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="reason">Why the export is refused.</param>
    /// <param name="path">The JSON path of the bad value, such as <c>$.services[3].minimum_age</c>.</param>
    /// <param name="section">The section (<c>organizations</c>, <c>locations</c>, <c>services</c>), if inside one.</param>
    /// <param name="index">The index of the record in its section, if inside one.</param>
    /// <param name="field">The field of the record, if any.</param>
    /// <param name="innerException">The error of the JSON reader, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public HsdsFormatException(Reason reason, string path, string? section, int? index, string? field, Exception? innerException = null)
        : base(BuildMessage(reason, path), innerException)
    {
        Reason = reason;
        Path = path;
        Section = section;
        Index = index;
        Field = field;
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    public HsdsFormatException()
        : this(new Reason("hsds.invalid"), "$", null, null, null)
    {
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    /// <param name="message">The message.</param>
    public HsdsFormatException(string message)
        : base(message)
    {
        Reason = new Reason("hsds.invalid");
        Path = "$";
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public HsdsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = new Reason("hsds.invalid");
        Path = "$";
    }

    /// <summary>Gets why the export is refused.</summary>
    public Reason Reason { get; }

    /// <summary>Gets the JSON path of the bad value, such as <c>$.services[3].minimum_age</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the section (<c>organizations</c>, <c>locations</c>, <c>services</c>), if the error is inside one.</summary>
    public string? Section { get; }

    /// <summary>Gets the index of the bad record in its section, if the error is inside one.</summary>
    public int? Index { get; }

    /// <summary>Gets the field of the record, if any.</summary>
    public string? Field { get; }

    /// <summary>Writes the reason in a culture, followed by where.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message as a counsellor or an administrator reads it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture) => Reason.Describe(culture) + " (" + Path + ")";

    private static string BuildMessage(Reason reason, string path)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(path);
        return reason.Describe(CultureInfo.InvariantCulture) + " Path: " + path + ".";
    }
}
