namespace Counselling.Core.Json;

/// <summary>A field of an event that may be read from the payload's bytes.</summary>
internal interface IWrittenField
{
    /// <summary>Gets how deep the field's value nests when read from its bytes, or <see langword="null"/> when it is not.</summary>
    int? WrittenDepth { get; }
}
