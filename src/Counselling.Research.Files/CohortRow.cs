using Counselling.Core.Evidence;
using Counselling.Research.Pseudonyms;
using NodaTime;

namespace Counselling.Research.Files;

/// <summary>
/// One case of a cohort file, as the flat layout of <see cref="CohortColumns"/> gives it: the values read, checked one by
/// one and against each other (no more sessions held than planned, no closure before the opening…). Immutable.
/// </summary>
/// <remarks><see cref="ToString"/> names no one: identifiers and the note are personal data.</remarks>
public sealed record CohortRow
{
    /// <summary>Gets the case's identifier (<see cref="CohortColumns.CaseId"/>).</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the client's identifier, if recorded.</summary>
    public string? ClientId { get; init; }

    /// <summary>Gets the counsellor's identifier, if recorded.</summary>
    public string? CounsellorId { get; init; }

    /// <summary>Gets the programme's code.</summary>
    public required string Programme { get; init; }

    /// <summary>Gets the site's code, if recorded.</summary>
    public string? Site { get; init; }

    /// <summary>Gets the time-zone id, if recorded (UTC otherwise).</summary>
    public string? Zone { get; init; }

    /// <summary>Gets the date the intervention opened.</summary>
    public required LocalDate OpenedOn { get; init; }

    /// <summary>Gets the date it closed, if it did.</summary>
    public LocalDate? ClosedOn { get; init; }

    /// <summary>Gets why it closed, if it did.</summary>
    public ClosureReason? ClosureReason { get; init; }

    /// <summary>Gets the planned end, if known.</summary>
    public LocalDate? PlannedEnd { get; init; }

    /// <summary>Gets how many sessions were planned ahead.</summary>
    public int SessionsPlanned { get; init; }

    /// <summary>Gets how many planned sessions were held.</summary>
    public int SessionsHeld { get; init; }

    /// <summary>Gets how many held sessions ended with a concrete outcome.</summary>
    public int SessionsWithOutcome { get; init; }

    /// <summary>Gets how many actions were agreed.</summary>
    public int ActionsAgreed { get; init; }

    /// <summary>Gets how many agreed actions were done.</summary>
    public int ActionsDone { get; init; }

    /// <summary>Gets the date of the client's decision, if any.</summary>
    public LocalDate? DecisionOn { get; init; }

    /// <summary>Gets the date the client first entered employment or training, if any.</summary>
    public LocalDate? EmploymentOrTrainingOn { get; init; }

    /// <summary>Gets the satisfaction, 1 to 5, if asked.</summary>
    public int? Satisfaction { get; init; }

    /// <summary>Gets whether the client would recommend the service, if asked.</summary>
    public bool? WouldRecommend { get; init; }

    /// <summary>Gets the autonomy at intake, 1 to 5, if assessed.</summary>
    public int? AutonomyAtIntake { get; init; }

    /// <summary>Gets the autonomy at closure, 1 to 5, if assessed.</summary>
    public int? AutonomyAtClosure { get; init; }

    /// <summary>
    /// Gets the evidence columns the file left blank: not recorded, so the criteria reading them stay unknown. In a column
    /// not named here, a <see langword="null"/> date or score or a count of 0 means that nothing happened.
    /// </summary>
    public CohortBlanks Blanks { get; init; }

    /// <summary>Gets the free-text note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Returns the same case with its case, client and counsellor identifiers replaced by keyed pseudonyms and without its note.</summary>
    /// <param name="pseudonymizer">The researcher's keyed pseudonymizer.</param>
    /// <returns>A new row; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="pseudonymizer"/> is <see langword="null"/>.</exception>
    public CohortRow Pseudonymize(Pseudonymizer pseudonymizer)
    {
        System.ArgumentNullException.ThrowIfNull(pseudonymizer);
        return this with
        {
            CaseId = pseudonymizer.Pseudonymize(CaseId),
            ClientId = ClientId is null ? null : pseudonymizer.Pseudonymize(ClientId),
            CounsellorId = CounsellorId is null ? null : pseudonymizer.Pseudonymize(CounsellorId),
            Note = null,
        };
    }

    /// <summary>Returns a description that names no one: the programme and the opening date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "case of " + Programme + " opened " + OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
