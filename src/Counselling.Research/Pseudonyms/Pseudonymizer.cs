using System;
using System.Security.Cryptography;
using System.Text;

namespace Counselling.Research.Pseudonyms;

/// <summary>
/// Replaces an identifier by a keyed pseudonym, HMAC-SHA256(key, UTF-8 of the identifier), written as the first
/// characters of its lowercase hexadecimal or base32 form. The same key and identifier always give the same pseudonym,
/// so records of one person can still be linked across extracts; without the key, a pseudonym cannot be traced back
/// nor recomputed from a list of likely identifiers.
/// </summary>
/// <remarks>
/// <para>
/// The key is the researcher's secret, at least 16 bytes (32 random bytes recommended, e.g. from
/// <see cref="RandomNumberGenerator.GetBytes(int)"/>), kept apart from the data; whoever holds it can re-identify people
/// by pseudonymising candidate identifiers, so destroy it when linking is no longer needed. The object keeps a copy of
/// the key for its lifetime; neither the key nor any identifier ever appears in its <see cref="ToString"/>, in an
/// exception message or elsewhere.
/// </para>
/// <para>
/// The identifier is hashed exactly as given: normalise it first (trim, case, leading zeros) if the same person may
/// appear written differently. Shorter pseudonyms collide sooner: with 16 hexadecimal characters (64 bits), a collision
/// among a million people has a probability of about 3e-8. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The shortest pseudonym accepted, in characters (64 bits in hexadecimal, 80 in base32).</summary>
    public const int MinimumLength = 16;

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly byte[] _key;

    /// <summary>Initializes a new pseudonymizer.</summary>
    /// <param name="key">The secret key, at least <see cref="MinimumKeyLength"/> bytes; copied.</param>
    /// <param name="format">How pseudonyms are written; hexadecimal by default.</param>
    /// <param name="length">The number of characters kept, from <see cref="MinimumLength"/> to the format's full length (64 in hexadecimal, 52 in base32); 0, the default, for the full length.</param>
    /// <exception cref="ResearchArgumentException">The key is too short, or the length is out of range (see <see cref="ResearchArgumentException.Code"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public Pseudonymizer(ReadOnlySpan<byte> key, PseudonymFormat format = PseudonymFormat.Hex, int length = 0)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ResearchArgumentException(ResearchCodes.KeyTooShort, nameof(key), Check.Arg("minimum", MinimumKeyLength));
        }

        var full = format switch
        {
            PseudonymFormat.Hex => 64,
            PseudonymFormat.Base32 => 52,
            _ => throw new ArgumentOutOfRangeException(nameof(format), "The format is not a defined PseudonymFormat."),
        };
        if (length == 0)
        {
            length = full;
        }

        if (length < MinimumLength || length > full)
        {
            throw new ResearchArgumentException(
                ResearchCodes.PseudonymLengthOutOfRange, nameof(length), Check.Arg("minimum", MinimumLength), Check.Arg("maximum", full), Check.Arg("length", length));
        }

        _key = key.ToArray();
        Format = format;
        Length = length;
    }

    /// <summary>Gets how pseudonyms are written.</summary>
    public PseudonymFormat Format { get; }

    /// <summary>Gets the number of characters of a pseudonym.</summary>
    public int Length { get; }

    /// <summary>Pseudonymises an identifier given as text (hashed as UTF-8).</summary>
    /// <param name="identifier">The identifier, not empty.</param>
    /// <returns>The pseudonym, <see cref="Length"/> lowercase characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ResearchArgumentException"><paramref name="identifier"/> is empty (code <see cref="ResearchCodes.IdentifierEmpty"/>).</exception>
    public string Pseudonymize(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length == 0)
        {
            throw new ResearchArgumentException(ResearchCodes.IdentifierEmpty, nameof(identifier));
        }

        var byteCount = Encoding.UTF8.GetByteCount(identifier);
        var buffer = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(identifier, buffer);
        var pseudonym = Pseudonymize(buffer);
        CryptographicOperations.ZeroMemory(buffer);
        return pseudonym;
    }

    /// <summary>Pseudonymises an identifier given as bytes.</summary>
    /// <param name="identifier">The identifier, not empty.</param>
    /// <returns>The pseudonym, <see cref="Length"/> lowercase characters.</returns>
    /// <exception cref="ResearchArgumentException"><paramref name="identifier"/> is empty (code <see cref="ResearchCodes.IdentifierEmpty"/>).</exception>
    public string Pseudonymize(ReadOnlySpan<byte> identifier)
    {
        if (identifier.IsEmpty)
        {
            throw new ResearchArgumentException(ResearchCodes.IdentifierEmpty, nameof(identifier));
        }

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, identifier, mac);
        return Format == PseudonymFormat.Hex ? Hex(mac, Length) : Base32(mac, Length);
    }

    /// <summary>Describes the pseudonymizer without its key: its format and length.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"HMAC-SHA256 pseudonyms, {Format}, {Length} characters";

    internal static string Hex(ReadOnlySpan<byte> mac, int length) =>
        string.Create(length, mac.ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var b = bytes[i / 2];
                var nibble = (i & 1) == 0 ? b >> 4 : b & 0xF;
                chars[i] = (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            }
        });

    internal static string Base32(ReadOnlySpan<byte> mac, int length) =>
        string.Create(length, mac.ToArray(), static (chars, bytes) =>
        {
            // Five bits a character, most significant first (RFC 4648); the last character takes the final bit, zero-padded.
            for (var i = 0; i < chars.Length; i++)
            {
                var bit = i * 5;
                var index = bit / 8;
                var window = (bytes[index] << 8) | (index + 1 < bytes.Length ? bytes[index + 1] : 0);
                var value = (window >> (11 - (bit % 8))) & 0x1F;
                chars[i] = Base32Alphabet[value];
            }
        });
}
