namespace Counselling.Core.Services;

/// <summary>The outcomes of a group programme's participants, counted: attendance and the verdicts of their own interventions.</summary>
/// <param name="Participants">How many participants.</param>
/// <param name="Completed">How many took part to the end.</param>
/// <param name="DroppedOut">How many stopped coming.</param>
/// <param name="NeverCame">How many never came.</param>
/// <param name="AttendanceUnknown">How many have no attendance recorded.</param>
/// <param name="Successes">How many interventions are a success.</param>
/// <param name="Pending">How many interventions are pending.</param>
/// <param name="NotSuccessful">How many interventions are not a success.</param>
/// <param name="NotEvaluated">How many interventions have no verdict yet.</param>
public sealed record GroupOutcomeSummary(
    int Participants,
    int Completed,
    int DroppedOut,
    int NeverCame,
    int AttendanceUnknown,
    int Successes,
    int Pending,
    int NotSuccessful,
    int NotEvaluated)
{
    /// <summary>Gets the share of participants who took part to the end, from 0 to 1; 0 without participants.</summary>
    public double CompletionRate => Participants == 0 ? 0 : (double)Completed / Participants;

    /// <summary>Gets the share of evaluated interventions that are a success, from 0 to 1; 0 when none is evaluated.</summary>
    public double SuccessRate => Participants - NotEvaluated == 0 ? 0 : (double)Successes / (Participants - NotEvaluated);
}
