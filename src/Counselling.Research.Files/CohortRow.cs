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
    private string _caseId = null!;
    private string? _clientId;
    private string? _counsellorId;
    private string _programme = null!;
    private string? _site;
    private string? _zone;
    private LocalDate _openedOn;
    private LocalDate? _closedOn;
    private ClosureReason? _closureReason;
    private LocalDate? _plannedEnd;
    private int _sessionsPlanned;
    private int _sessionsHeld;
    private int _sessionsWithOutcome;
    private int _actionsAgreed;
    private int _actionsDone;
    private LocalDate? _decisionOn;
    private LocalDate? _employmentOrTrainingOn;
    private int? _satisfaction;
    private bool? _wouldRecommend;
    private int? _autonomyAtIntake;
    private int? _autonomyAtClosure;
    private CohortBlanks _blanks;
    private string? _note;

    /// <summary>Gets the case's identifier (<see cref="CohortColumns.CaseId"/>).</summary>
    public required string CaseId { get => _caseId; init => _caseId = value; }

    /// <summary>Gets the client's identifier, if recorded.</summary>
    public string? ClientId { get => _clientId; init => _clientId = value; }

    /// <summary>Gets the counsellor's identifier, if recorded.</summary>
    public string? CounsellorId { get => _counsellorId; init => _counsellorId = value; }

    /// <summary>Gets the programme's code.</summary>
    public required string Programme { get => _programme; init => _programme = value; }

    /// <summary>Gets the site's code, if recorded.</summary>
    public string? Site { get => _site; init => _site = value; }

    /// <summary>Gets the time-zone id, if recorded (UTC otherwise).</summary>
    public string? Zone { get => _zone; init => _zone = value; }

    /// <summary>Gets the date the intervention opened.</summary>
    public required LocalDate OpenedOn { get => _openedOn; init => _openedOn = value; }

    /// <summary>Gets the date it closed, if it did.</summary>
    public LocalDate? ClosedOn { get => _closedOn; init => _closedOn = value; }

    /// <summary>Gets why it closed, if it did.</summary>
    public ClosureReason? ClosureReason { get => _closureReason; init => _closureReason = value; }

    /// <summary>Gets the planned end, if known.</summary>
    public LocalDate? PlannedEnd { get => _plannedEnd; init => _plannedEnd = value; }

    /// <summary>Gets how many sessions were planned ahead.</summary>
    public int SessionsPlanned { get => _sessionsPlanned; init => _sessionsPlanned = value; }

    /// <summary>Gets how many planned sessions were held.</summary>
    public int SessionsHeld { get => _sessionsHeld; init => _sessionsHeld = value; }

    /// <summary>Gets how many held sessions ended with a concrete outcome.</summary>
    public int SessionsWithOutcome { get => _sessionsWithOutcome; init => _sessionsWithOutcome = value; }

    /// <summary>Gets how many actions were agreed.</summary>
    public int ActionsAgreed { get => _actionsAgreed; init => _actionsAgreed = value; }

    /// <summary>Gets how many agreed actions were done.</summary>
    public int ActionsDone { get => _actionsDone; init => _actionsDone = value; }

    /// <summary>Gets the date of the client's decision, if any.</summary>
    public LocalDate? DecisionOn { get => _decisionOn; init => _decisionOn = value; }

    /// <summary>Gets the date the client first entered employment or training, if any.</summary>
    public LocalDate? EmploymentOrTrainingOn { get => _employmentOrTrainingOn; init => _employmentOrTrainingOn = value; }

    /// <summary>Gets the satisfaction, 1 to 5, if asked.</summary>
    public int? Satisfaction { get => _satisfaction; init => _satisfaction = value; }

    /// <summary>Gets whether the client would recommend the service, if asked.</summary>
    public bool? WouldRecommend { get => _wouldRecommend; init => _wouldRecommend = value; }

    /// <summary>Gets the autonomy at intake, 1 to 5, if assessed.</summary>
    public int? AutonomyAtIntake { get => _autonomyAtIntake; init => _autonomyAtIntake = value; }

    /// <summary>Gets the autonomy at closure, 1 to 5, if assessed.</summary>
    public int? AutonomyAtClosure { get => _autonomyAtClosure; init => _autonomyAtClosure = value; }

    /// <summary>
    /// Gets the evidence columns the file left blank: not recorded, so the criteria reading them stay unknown. In a column
    /// not named here, a <see langword="null"/> date or score or a count of 0 means that nothing happened.
    /// </summary>
    public CohortBlanks Blanks { get => _blanks; init => _blanks = value; }

    /// <summary>Gets the free-text note, if any.</summary>
    public string? Note { get => _note; init => _note = value; }

    /// <summary>
    /// Sets every value of a row that a run reads again and again from one thread (one row a worker, filled anew for each
    /// line): a row handed out to callers is never set again.
    /// </summary>
    internal void Set(
        string caseId,
        string? clientId,
        string? counsellorId,
        string programme,
        string? site,
        string? zone,
        LocalDate openedOn,
        LocalDate? closedOn,
        ClosureReason? closureReason,
        LocalDate? plannedEnd,
        int sessionsPlanned,
        int sessionsHeld,
        int sessionsWithOutcome,
        int actionsAgreed,
        int actionsDone,
        LocalDate? decisionOn,
        LocalDate? employmentOrTrainingOn,
        int? satisfaction,
        bool? wouldRecommend,
        int? autonomyAtIntake,
        int? autonomyAtClosure,
        CohortBlanks blanks,
        string? note)
    {
        _caseId = caseId;
        _clientId = clientId;
        _counsellorId = counsellorId;
        _programme = programme;
        _site = site;
        _zone = zone;
        _openedOn = openedOn;
        _closedOn = closedOn;
        _closureReason = closureReason;
        _plannedEnd = plannedEnd;
        _sessionsPlanned = sessionsPlanned;
        _sessionsHeld = sessionsHeld;
        _sessionsWithOutcome = sessionsWithOutcome;
        _actionsAgreed = actionsAgreed;
        _actionsDone = actionsDone;
        _decisionOn = decisionOn;
        _employmentOrTrainingOn = employmentOrTrainingOn;
        _satisfaction = satisfaction;
        _wouldRecommend = wouldRecommend;
        _autonomyAtIntake = autonomyAtIntake;
        _autonomyAtClosure = autonomyAtClosure;
        _blanks = blanks;
        _note = note;
    }

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
