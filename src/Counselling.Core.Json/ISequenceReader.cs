using System;

namespace Counselling.Core.Json;

/// <summary>A reader of a sequence, read element by element by another reader.</summary>
internal interface ISequenceReader
{
    /// <summary>Gets the type of the elements.</summary>
    Type ElementType { get; }

    /// <summary>Gets the reader of each element.</summary>
    MemberReader Element { get; }
}
