using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>
/// An occupation coded in any supported classification, written <c>SCHEME:CODE</c>: <c>ROME:H2903</c>,
/// <c>ISCO-08:7233</c>, <c>O*NET-SOC:49-9041.00</c>, <c>NOC-2021:72400</c> (or <c>CNP-2021:72400</c>),
/// <c>ESCO:http://data.europa.eu/esco/occupation/…</c>, <c>RIASEC:RIC</c>. The code after the colon is validated by
/// the classification's own type.
/// </summary>
/// <remarks>
/// Schemes are read in either case; <see cref="ToString"/> writes the canonical scheme and code, which
/// <see cref="Parse"/> reads back. The default value has <see cref="OccupationClassification.None"/>.
/// </remarks>
public readonly record struct Occupation : IComparable<Occupation>
{
    private Occupation(OccupationClassification classification, string code)
    {
        Classification = classification;
        Code = code;
    }

    /// <summary>Gets the classification.</summary>
    public OccupationClassification Classification { get; }

    /// <summary>Gets the code in that classification, in its canonical form; <see langword="null"/> for the default value.</summary>
    public string? Code { get; }

    /// <summary>Gets a value indicating whether this is the default value, which names no occupation.</summary>
    public bool IsDefault => Classification == OccupationClassification.None;

    /// <summary>Wraps a ROME code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(RomeCode code) => Wrap(code);

    /// <summary>Wraps an ISCO-08 code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(IscoCode code) => Wrap(code);

    /// <summary>Wraps an O*NET-SOC code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(OnetSocCode code) => Wrap(code);

    /// <summary>Wraps a NOC 2021 code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(NocCode code) => Wrap(code);

    /// <summary>Wraps an ESCO occupation URI.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(EscoOccupationUri code) => Wrap(code);

    /// <summary>Wraps a RIASEC code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public static Occupation Of(RiasecCode code) => Wrap(code);

    /// <summary>Gets the canonical scheme name of a classification, such as <c>ISCO-08</c>.</summary>
    /// <param name="classification">The classification.</param>
    /// <returns>The scheme name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classification"/> is <see cref="OccupationClassification.None"/> or undefined.</exception>
    internal static string SchemeOf(OccupationClassification classification) => classification switch
    {
        OccupationClassification.Rome => "ROME",
        OccupationClassification.Isco08 => "ISCO-08",
        OccupationClassification.OnetSoc => "O*NET-SOC",
        OccupationClassification.Noc2021 => "NOC-2021",
        OccupationClassification.Esco => "ESCO",
        OccupationClassification.Riasec => "RIASEC",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), "The classification must be one of the supported schemes."),
    };

    /// <summary>Reads <c>SCHEME:CODE</c>, such as <c>ROME:H2903</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The occupation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid occupation; its reason says why.</exception>
    public static Occupation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var occupation, out var error) ? occupation : throw new OccupationFormatException(error);
    }

    /// <summary>Reads <c>SCHEME:CODE</c> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="occupation">The occupation read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid occupation.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Occupation occupation) => TryParse(text, out occupation, out _);

    /// <summary>Reads <c>SCHEME:CODE</c> without throwing, saying why a text is refused.</summary>
    /// <param name="text">The text.</param>
    /// <param name="occupation">The occupation read, or the default value.</param>
    /// <param name="error">Why the text was refused, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the text is a valid occupation.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Occupation occupation, [NotNullWhen(false)] out Reason? error)
    {
        occupation = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0)
        {
            error = new Reason(OccupationCodes.SchemeMissing);
            return false;
        }

        var scheme = text.AsSpan(0, colon).Trim();
        var code = text[(colon + 1)..];
        if (!TryReadScheme(scheme, out var classification))
        {
            var echo = scheme.Length > 20 ? scheme[..20].ToString() + "…" : scheme.ToString();
            error = new Reason(OccupationCodes.SchemeUnknown, new ReasonArgument("scheme", echo));
            return false;
        }

        var ok = classification switch
        {
            OccupationClassification.Rome => Read<RomeCode>(code, out occupation, out error),
            OccupationClassification.Isco08 => Read<IscoCode>(code, out occupation, out error),
            OccupationClassification.OnetSoc => Read<OnetSocCode>(code, out occupation, out error),
            OccupationClassification.Noc2021 => Read<NocCode>(code, out occupation, out error),
            OccupationClassification.Esco => Read<EscoOccupationUri>(code, out occupation, out error),
            _ => Read<RiasecCode>(code, out occupation, out error),
        };
        return ok;
    }

    /// <inheritdoc />
    public int CompareTo(Occupation other)
    {
        var byScheme = Classification.CompareTo(other.Classification);
        return byScheme != 0 ? byScheme : string.CompareOrdinal(Code, other.Code);
    }

    /// <summary>Returns <c>SCHEME:CODE</c> in canonical form, or <c>none</c> for the default value.</summary>
    /// <returns>The occupation as text.</returns>
    public override string ToString() => IsDefault ? "none" : SchemeOf(Classification) + ":" + Code;

    private static bool TryReadScheme(ReadOnlySpan<char> scheme, out OccupationClassification classification)
    {
        classification = scheme.ToString().ToUpperInvariant() switch
        {
            "ROME" => OccupationClassification.Rome,
            "ISCO-08" or "ISCO" => OccupationClassification.Isco08,
            "O*NET-SOC" or "ONET-SOC" or "ONET" => OccupationClassification.OnetSoc,
            "NOC-2021" or "NOC" or "CNP-2021" or "CNP" => OccupationClassification.Noc2021,
            "ESCO" => OccupationClassification.Esco,
            "RIASEC" => OccupationClassification.Riasec,
            _ => OccupationClassification.None,
        };
        return classification != OccupationClassification.None;
    }

    private static bool Read<T>(string code, out Occupation occupation, out Reason? error)
        where T : struct, IOccupationCode<T>
    {
        var ok = T.TryParse(code, out var value, out error);
        occupation = ok ? new Occupation(T.Classification, value.ToString()!) : default;
        return ok;
    }

    private static Occupation Wrap<T>(T code)
        where T : struct, IOccupationCode<T>
        => code.IsDefault
            ? throw new ArgumentException("The code must not be the default value.", nameof(code))
            : new Occupation(T.Classification, code.ToString()!);
}
