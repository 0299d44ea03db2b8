using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Counselling.Core.Tests.Occupations;

/// <summary>Generators of occupation codes (valid ones in every classification) and of arbitrary text near them.</summary>
public static class OccupationArbitraries
{
    private static Gen<char> Digit => Gen.Choose('0', '9').Select(i => (char)i);

    private static Gen<string> Digits(int count) => Digit.ArrayOf(count).Select(cs => new string(cs));

    public static Gen<string> Rome => from letter in Gen.Choose('A', 'N') from digits in Digits(4) select (char)letter + digits;

    public static Gen<string> Isco => Digits(4);

    public static Gen<string> Onet => from a in Digits(2) from b in Digits(4) from c in Digits(2) select a + "-" + b + "." + c;

    public static Gen<string> Noc => from broad in Digit from teer in Gen.Choose('0', '5') from rest in Digits(3) select broad.ToString() + (char)teer + rest;

    public static Gen<string> Esco => from bytes in Gen.Choose(0, 255).ArrayOf(16) select "http://data.europa.eu/esco/occupation/" + new Guid(bytes.Select(b => (byte)b).ToArray()).ToString("D");

    public static Gen<string> Riasec => Gen.Elements(AllRiasec);

    private static string[] AllRiasec { get; } =
        [.. from a in "RIASEC" select a.ToString(),
            .. from a in "RIASEC" from b in "RIASEC" where a != b select $"{a}{b}",
            .. from a in "RIASEC" from b in "RIASEC" from c in "RIASEC" where a != b && b != c && a != c select $"{a}{b}{c}"];

    /// <summary>A valid code of one classification, with its scheme: (scheme index, code).</summary>
    public static Arbitrary<(int Scheme, string Code)> ValidCodes()
        => Arb.From(Gen.OneOf(
            Rome.Select(c => (0, c)), Isco.Select(c => (1, c)), Onet.Select(c => (2, c)),
            Noc.Select(c => (3, c)), Esco.Select(c => (4, c)), Riasec.Select(c => (5, c))));

    /// <summary>Arbitrary text: random characters from a code-like alphabet, and mutated valid codes.</summary>
    public static Arbitrary<string> NearCodes()
    {
        var alphabet = "ABCEHINOSRZ0123456789-./:abcdef ".ToCharArray();
        var random = from length in Gen.Choose(0, 12) from chars in Gen.Elements(alphabet).ArrayOf(length) select new string(chars);
        var valid = Gen.OneOf(Rome, Isco, Onet, Noc, Riasec);
        var mutated =
            from code in valid
            from at in Gen.Choose(0, 20)
            from c in Gen.Elements(alphabet)
            select code.Length == 0 ? code : code.Remove(at % code.Length, 1).Insert(at % code.Length, c.ToString());
        return Arb.From(Gen.Frequency((3, random), (2, mutated), (1, valid)));
    }
}
