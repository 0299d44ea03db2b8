using Counselling.Core.Common;
using Counselling.Core.Evaluation;

namespace Counselling.Core.Services;

/// <summary>One participant's outcome in a group programme: how they took part and the verdict of their own intervention.</summary>
/// <param name="Intervention">The participant's intervention.</param>
/// <param name="Attendance">How they took part, if recorded.</param>
/// <param name="Verdict">The verdict of their intervention's evaluation, if evaluated.</param>
public sealed record ParticipantResult(InterventionId Intervention, Attendance? Attendance, Verdict? Verdict);
