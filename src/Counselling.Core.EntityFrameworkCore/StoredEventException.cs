using System;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// A stored event cannot be read back: its JSON is invalid, its type column disagrees with its payload, the positions
/// have a gap, or the history it belongs to is inconsistent (a row changed by hand). Located by intervention, position
/// and JSON path; other interventions still load.
/// </summary>
/// <remarks>The message names the intervention, the position, the JSON path and what is wrong, never the stored value;
/// the store gives no inner exception that could quote one (only the <see cref="Interventions.InvalidHistoryException"/> of
/// a refused history, which carries codes).</remarks>
public sealed class StoredEventException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="interventionId">The intervention.</param>
    /// <param name="position">The position of the event that cannot be read, from 1.</param>
    /// <param name="jsonPath">The JSON path within the payload where reading failed, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong, without any stored value.</param>
    /// <param name="innerException">The error of the JSON reader or of the domain, or <see langword="null"/>.</param>
    public StoredEventException(InterventionId interventionId, int position, string? jsonPath, string problem, Exception? innerException)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The stored event at position {position} of intervention {interventionId} cannot be read{(jsonPath is null ? "" : " (JSON path " + jsonPath + ")")}: {problem}"),
            innerException)
    {
        InterventionId = interventionId;
        Position = position;
        JsonPath = jsonPath;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId InterventionId { get; }

    /// <summary>Gets the position of the event that cannot be read, from 1.</summary>
    public int Position { get; }

    /// <summary>Gets the JSON path within the payload where reading failed, or <see langword="null"/>.</summary>
    public string? JsonPath { get; }
}
