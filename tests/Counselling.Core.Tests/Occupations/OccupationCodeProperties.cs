using System.Text.RegularExpressions;
using Counselling.Core.Occupations;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Occupations;

/// <summary>Every valid code round-trips through its text form; any other text is refused, with a coded reason.</summary>
public sealed class OccupationCodeProperties
{
    private static readonly Regex RomePattern = new("^[A-N][0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex IscoPattern = new("^[0-9]{4}$");
    private static readonly Regex OnetPattern = new("^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$");
    private static readonly Regex NocPattern = new("^[0-9][0-5][0-9]{3}$");
    private static readonly Regex RiasecPattern = new("^(?!.*(.).*\\1)[RIASEC]{1,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(OccupationArbitraries) })]
    public void EveryValidCode_RoundTripsThroughItsTextForm((int Scheme, string Code) sample)
    {
        var (scheme, code) = sample;
        var text = scheme switch
        {
            0 => RoundTrip<RomeCode>(code),
            1 => RoundTrip<IscoCode>(code),
            2 => RoundTrip<OnetSocCode>(code),
            3 => RoundTrip<NocCode>(code),
            4 => RoundTrip<EscoOccupationUri>(code),
            _ => RoundTrip<RiasecCode>(code),
        };
        Assert.Equal(code, text);

        var occupation = Occupation.Parse(Occupation.SchemeOf((OccupationClassification)(scheme + 1)) + ":" + code);
        Assert.Equal(occupation, Occupation.Parse(occupation.ToString()));
        Assert.Equal(code, occupation.Code);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(OccupationArbitraries) })]
    public void AnyText_IsAcceptedExactlyWhenItIsACode_AndRefusedWithACodedReason(string text)
    {
        var trimmed = text.Trim();
        Check<RomeCode>(text, RomePattern.IsMatch(trimmed));
        Check<IscoCode>(text, IscoPattern.IsMatch(trimmed));
        Check<OnetSocCode>(text, OnetPattern.IsMatch(trimmed));
        Check<NocCode>(text, NocPattern.IsMatch(trimmed));
        Check<RiasecCode>(text, RiasecPattern.IsMatch(trimmed));
        Check<EscoOccupationUri>(text, false);
    }

    private static string RoundTrip<T>(string code)
        where T : struct, IOccupationCode<T>
    {
        Assert.True(T.TryParse(code, out var parsed, out var error), error?.Code);
        Assert.True(T.TryParse(parsed.ToString(), out var again, out _));
        Assert.Equal(parsed, again);
        return parsed.ToString()!;
    }

    private static void Check<T>(string text, bool expected)
        where T : struct, IOccupationCode<T>
    {
        var accepted = T.TryParse(text, out var code, out var error);
        Assert.Equal(expected, accepted);
        if (accepted)
        {
            Assert.Equal(trimmedUpper(text), code.ToString());
        }
        else
        {
            Assert.NotNull(error);
            Assert.StartsWith("occupation.", error.Code, System.StringComparison.Ordinal);
            Assert.True(code.IsDefault);
        }

        static string trimmedUpper(string t) => t.Trim().ToUpperInvariant();
    }
}
