using System;

namespace Counselling.Core.Common;

/// <summary>A typed identifier backed by a non-empty <see cref="Guid"/>.</summary>
/// <remarks>The default value of every identifier wraps <see cref="Guid.Empty"/> and is refused by every public entry point.</remarks>
public interface IIdentifier
{
    /// <summary>Gets the underlying GUID.</summary>
    Guid Value { get; }

    /// <summary>Gets a value indicating whether this is the default (empty) identifier.</summary>
    bool IsDefault { get; }
}
