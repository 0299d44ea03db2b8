using System;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>The checks behind every occupation code's parser: each returns the canonical text, or the reason it refuses.</summary>
internal static class OccupationText
{
    public const string EscoPrefix = "http://data.europa.eu/esco/occupation/";

    public static T Parse<T>(string text)
        where T : struct, IOccupationCode<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return T.TryParse(text, out var code, out var error) ? code : throw new OccupationFormatException(error!);
    }

    public static Reason? Rome(ReadOnlySpan<char> text, out string? canonical)
    {
        canonical = null;
        if (text.Length != 5 || !char.IsAsciiLetter(text[0]) || !AllDigits(text[1..]))
        {
            return new Reason(OccupationCodes.RomeFormat);
        }

        var letter = char.ToUpperInvariant(text[0]);
        if (letter > 'N')
        {
            return new Reason(OccupationCodes.RomeDomainLetter, new ReasonArgument("letter", letter.ToString()));
        }

        canonical = letter + text[1..].ToString();
        return null;
    }

    public static Reason? Isco(ReadOnlySpan<char> text, out string? canonical)
        => Digits(text, 4, OccupationCodes.IscoFormat, out canonical);

    public static Reason? Onet(ReadOnlySpan<char> text, out string? canonical)
    {
        canonical = null;
        if (text.Length != 10 || text[2] != '-' || text[7] != '.' || !AllDigits(text[..2]) || !AllDigits(text[3..7]) || !AllDigits(text[8..]))
        {
            return new Reason(OccupationCodes.OnetFormat);
        }

        canonical = text.ToString();
        return null;
    }

    public static Reason? Noc(ReadOnlySpan<char> text, out string? canonical)
    {
        var error = Digits(text, 5, OccupationCodes.NocFormat, out canonical);
        if (error is null && text[1] > '5')
        {
            canonical = null;
            return new Reason(OccupationCodes.NocTeer, new ReasonArgument("teer", text[1] - '0'));
        }

        return error;
    }

    public static Reason? Esco(ReadOnlySpan<char> text, out string? canonical)
    {
        canonical = null;
        if (!text.StartsWith(EscoPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new Reason(OccupationCodes.EscoFormat);
        }

        var id = text[EscoPrefix.Length..];
        if (id.Length != 36 || !Guid.TryParseExact(id, "D", out var guid))
        {
            return new Reason(OccupationCodes.EscoFormat);
        }

        canonical = EscoPrefix + guid.ToString("D");
        return null;
    }

    public static Reason? Riasec(ReadOnlySpan<char> text, out string? canonical)
    {
        canonical = null;
        if (text.Length is < 1 or > 3)
        {
            return new Reason(OccupationCodes.RiasecFormat);
        }

        Span<char> letters = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if ("RIASEC".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return new Reason(OccupationCodes.RiasecFormat);
            }

            if (letters[..i].Contains(c))
            {
                return new Reason(OccupationCodes.RiasecRepeatedLetter, new ReasonArgument("letter", c.ToString()));
            }

            letters[i] = c;
        }

        canonical = letters.ToString();
        return null;
    }

    private static Reason? Digits(ReadOnlySpan<char> text, int length, string code, out string? canonical)
    {
        canonical = text.Length == length && AllDigits(text) ? text.ToString() : null;
        return canonical is null ? new Reason(code) : null;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
