using System.Globalization;
using Counselling.Research.Files.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Counselling.Research.Tests.Files;

public sealed class CohortRowParserProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CellTexts) })]
    public bool Digits_ReadAsIntTryParseReadsThem(CellText cell)
    {
        var parsed = int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var expected);
        return CohortRowParser.TryDigits(cell.Text, out var value) == parsed && value == expected;
    }
}

/// <summary>A cell's text: digits, leading zeros, signs, spaces, dots and letters, up to 14 characters.</summary>
public sealed record CellText(string Text);

public static class CellTexts
{
    public static Arbitrary<CellText> Texts()
        => Arb.From(
            from length in Gen.Choose(0, 14)
            from chars in Gen.Elements("0000123456789 -+.a\u0663".ToCharArray()).ArrayOf(length)
            select new CellText(new string(chars)));
}
