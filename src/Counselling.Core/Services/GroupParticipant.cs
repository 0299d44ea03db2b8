using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>A participant of a group programme, by the individual intervention the participant keeps, and how they took part.</summary>
/// <param name="Intervention">The participant's own intervention: outcomes stay individual.</param>
/// <param name="Attendance">How they took part, once recorded.</param>
public sealed record GroupParticipant(InterventionId Intervention, Attendance? Attendance);
