using System;
using System.Linq;
using System.Text;
using Counselling.Research.Pseudonyms;
using Xunit;

namespace Counselling.Research.Tests.Pseudonyms;

public sealed class PseudonymizerTests
{
    private static readonly byte[] Rfc4231Key = [.. Enumerable.Repeat((byte)0x0b, 20)];
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void Hex_IsTheHmacSha256OfRfc4231TestCase1()
    {
        var pseudonymizer = new Pseudonymizer(Rfc4231Key);

        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", pseudonymizer.Pseudonymize("Hi There"));
    }

    [Fact]
    public void Base32_IsTheRfc4648FormOfTheSameMac()
    {
        var pseudonymizer = new Pseudonymizer(Rfc4231Key, PseudonymFormat.Base32);

        Assert.Equal("wa2eyyoy3m4fgxfiv7hk6c7rfoeb3qqazgbt3jzg5e3wylrsz73q", pseudonymizer.Pseudonymize("Hi There"));
    }

    [Fact]
    public void Text_IsHashedAsUtf8()
    {
        Assert.Equal("930c0fa266838c7530c37654008f6a46e9f05eeeb8c26510ae49cf2bf163e24b", new Pseudonymizer(Key).Pseudonymize("Élodie-0042"));
        Assert.Equal(new Pseudonymizer(Key).Pseudonymize("Élodie-0042"), new Pseudonymizer(Key).Pseudonymize(Encoding.UTF8.GetBytes("Élodie-0042")));
    }

    [Theory]
    [InlineData(PseudonymFormat.Hex, 16, "930c0fa266838c75")]
    [InlineData(PseudonymFormat.Base32, 20, "smga7itgqoghkmgdozka")]
    public void ALength_KeepsThePrefix(PseudonymFormat format, int length, string expected)
    {
        var pseudonymizer = new Pseudonymizer(Key, format, length);

        Assert.Equal(expected, pseudonymizer.Pseudonymize("Élodie-0042"));
        Assert.Equal(length, pseudonymizer.Length);
    }

    [Fact]
    public void Base32_OfRfc4648Vector_IsLowercaseWithoutPadding() => Assert.Equal("mzxw6ytboi", Pseudonymizer.Base32("foobar"u8, 10));

    [Fact]
    public void AKeyShorterThan16Bytes_IsRefused_WithoutEchoingIt()
    {
        var key = Encoding.ASCII.GetBytes("short-secret-15");

        var refusal = Assert.Throws<ResearchArgumentException>(() => new Pseudonymizer(key));

        Assert.Equal(ResearchCodes.KeyTooShort, refusal.Code);
        Assert.DoesNotContain("short-secret", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", refusal.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PseudonymFormat.Hex, 15)]
    [InlineData(PseudonymFormat.Hex, 65)]
    [InlineData(PseudonymFormat.Base32, 53)]
    public void ALengthOutOfRange_IsRefused(PseudonymFormat format, int length)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => new Pseudonymizer(Key, format, length));

        Assert.Equal(ResearchCodes.PseudonymLengthOutOfRange, refusal.Code);
    }

    [Fact]
    public void AnEmptyIdentifier_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => new Pseudonymizer(Key).Pseudonymize(""));

        Assert.Equal(ResearchCodes.IdentifierEmpty, refusal.Code);
    }

    [Fact]
    public void ToString_ShowsNeitherKeyNorIdentifier()
    {
        var secret = Encoding.ASCII.GetBytes("my-very-secret-key-0001");
        var pseudonymizer = new Pseudonymizer(secret);
        pseudonymizer.Pseudonymize("client-42");

        var text = pseudonymizer.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(secret), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("client-42", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheKey_IsCopied_SoChangingTheCallersBufferChangesNothing()
    {
        var key = Key.ToArray();
        var pseudonymizer = new Pseudonymizer(key);
        var before = pseudonymizer.Pseudonymize("client-42");

        Array.Clear(key);

        Assert.Equal(before, pseudonymizer.Pseudonymize("client-42"));
    }
}
