using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// The start of a group programme the client joins, as the host knows it: the group's identifier (the host resolves
/// its name and place) and its first meeting, a local date-time in the zone where it meets.
/// </summary>
/// <remarks>The default value names no group and is refused by <see cref="ServiceAnchors"/>.</remarks>
public readonly record struct GroupAnchor
{
    /// <summary>Initializes a new group anchor.</summary>
    /// <param name="group">The host's identifier of the group.</param>
    /// <param name="start">The local date and time the group starts.</param>
    /// <param name="zoneId">The time-zone identifier where it meets, such as <c>America/Toronto</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the empty GUID, or <paramref name="zoneId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    public GroupAnchor(Guid group, LocalDateTime start, string zoneId)
    {
        Group = Guard.NotEmpty(group);
        Start = start;
        ZoneId = Guard.NotBlank(zoneId);
    }

    /// <summary>Reads the anchor of a group programme of the library: its identifier, its start and the zone where it meets.</summary>
    /// <param name="programme">The group programme the client joins.</param>
    /// <returns>The anchor the scheduler places the group's countdown and its first-meeting touchpoints on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is <see langword="null"/>.</exception>
    public static GroupAnchor Of(Counselling.Core.Services.GroupProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new GroupAnchor(programme.Id.Value, programme.StartsAt, programme.ZoneId);
    }

    /// <summary>Gets the host's identifier of the group.</summary>
    public Guid Group { get; }

    /// <summary>Gets the local date and time the group starts.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the time-zone identifier where it meets.</summary>
    public string ZoneId { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Group == Guid.Empty;
}
