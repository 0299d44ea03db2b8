namespace Counselling.Research.Pseudonyms;

/// <summary>How a pseudonym is written.</summary>
public enum PseudonymFormat
{
    /// <summary>Lowercase hexadecimal, 4 bits a character: up to 64 characters.</summary>
    Hex = 0,

    /// <summary>Lowercase base32 (RFC 4648 alphabet <c>a–z</c>, <c>2–7</c>, no padding), 5 bits a character: up to 52 characters.</summary>
    Base32 = 1,
}
