using System;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// Another writer stored events for the intervention since it was loaded: nothing of this batch was stored. Reload the
/// intervention, check the action is still allowed, apply it again and save.
/// </summary>
/// <remarks>The message names the intervention and the two versions only, never personal data.</remarks>
public sealed class InterventionConcurrencyException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="interventionId">The intervention.</param>
    /// <param name="expectedVersion">The version the writer loaded: the number of events it expected stored.</param>
    /// <param name="actualVersion">The number of events actually stored.</param>
    public InterventionConcurrencyException(InterventionId interventionId, int expectedVersion, int actualVersion)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Intervention {interventionId} was changed by another writer: this writer expected version {expectedVersion}, the store holds version {actualVersion}. Nothing was stored; reload the intervention and apply the action again."))
    {
        InterventionId = interventionId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId InterventionId { get; }

    /// <summary>Gets the version the writer loaded (the number of events it expected stored).</summary>
    public int ExpectedVersion { get; }

    /// <summary>Gets the number of events stored when the writer tried to append.</summary>
    public int ActualVersion { get; }
}
