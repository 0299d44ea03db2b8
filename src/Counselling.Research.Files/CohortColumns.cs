using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Counselling.Research.Files;

/// <summary>
/// The flat layout of a cohort file: one case a line, these columns, in CSV (a header line, comma-separated, RFC 4180
/// quoting) or JSON Lines (one object a line, the column names as keys). Dates are ISO <c>yyyy-MM-dd</c> in the case's
/// zone; an empty cell, a missing key or JSON <c>null</c> means "not recorded". Columns may come in any order; columns
/// the layout does not know are ignored.
/// </summary>
public static class CohortColumns
{
    /// <summary>The case's identifier, any text (required): every output carries it, so results join back to the input.</summary>
    public const string CaseId = "case_id";

    /// <summary>The client's identifier, any text (optional).</summary>
    public const string ClientId = "client_id";

    /// <summary>The counsellor's identifier, any text (optional).</summary>
    public const string CounsellorId = "counsellor_id";

    /// <summary>The programme's code, such as <c>career-choice</c> (required).</summary>
    public const string Programme = "programme";

    /// <summary>The site's code (optional).</summary>
    public const string Site = "site";

    /// <summary>The agency's time-zone id, such as <c>Europe/Paris</c> (optional; UTC when empty).</summary>
    public const string Zone = "zone";

    /// <summary>The date the intervention opened (required).</summary>
    public const string OpenedOn = "opened_on";

    /// <summary>The date it closed (optional: empty while open).</summary>
    public const string ClosedOn = "closed_on";

    /// <summary>Why it closed, in kebab case (<c>objectives-met</c>, <c>client-autonomous</c>, <c>referred-elsewhere</c>, <c>dropped-out</c>, <c>moved-away</c>, <c>one-off-advice</c>, <c>other</c>); required with <see cref="ClosedOn"/>.</summary>
    public const string ClosureReason = "closure_reason";

    /// <summary>The planned end, the programme's time limit (optional).</summary>
    public const string PlannedEnd = "planned_end";

    /// <summary>How many sessions were planned ahead (a count, 0 when empty).</summary>
    public const string SessionsPlanned = "sessions_planned";

    /// <summary>How many planned sessions were held (at most <see cref="SessionsPlanned"/>).</summary>
    public const string SessionsHeld = "sessions_held";

    /// <summary>How many held sessions ended with a concrete outcome (at most <see cref="SessionsHeld"/>).</summary>
    public const string SessionsWithOutcome = "sessions_with_outcome";

    /// <summary>How many actions of the action plan were agreed.</summary>
    public const string ActionsAgreed = "actions_agreed";

    /// <summary>How many agreed actions were done (at most <see cref="ActionsAgreed"/>).</summary>
    public const string ActionsDone = "actions_done";

    /// <summary>The date the client made a decision (an occupation, a course, a job), if any.</summary>
    public const string DecisionOn = "decision_on";

    /// <summary>The date the client first entered employment or training, if any: the event of the time-to-outcome curves.</summary>
    public const string EmploymentOrTrainingOn = "employment_or_training_on";

    /// <summary>The client's satisfaction on a scale of 1 to 5, if asked.</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>Whether the client would recommend the service (<c>yes</c>/<c>no</c>, <c>true</c>/<c>false</c>), if asked.</summary>
    public const string WouldRecommend = "would_recommend";

    /// <summary>The client's autonomy at intake on a scale of 1 to 5, if assessed.</summary>
    public const string AutonomyAtIntake = "autonomy_intake";

    /// <summary>The client's autonomy at closure on a scale of 1 to 5, if assessed.</summary>
    public const string AutonomyAtClosure = "autonomy_closure";

    /// <summary>Free text (a counsellor's note); never evaluated, and dropped by a pseudonymised export.</summary>
    public const string Note = "note";

    /// <summary>Gets every column, in the order the writers put them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CaseId, ClientId, CounsellorId, Programme, Site, Zone, OpenedOn, ClosedOn, ClosureReason, PlannedEnd,
        SessionsPlanned, SessionsHeld, SessionsWithOutcome, ActionsAgreed, ActionsDone, DecisionOn, EmploymentOrTrainingOn,
        Satisfaction, WouldRecommend, AutonomyAtIntake, AutonomyAtClosure, Note,
    ];

    /// <summary>Gets the columns a file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [CaseId, Programme, OpenedOn];

    // The names in UTF-8, in the order of All, for the readers that compare a key on its bytes.
    private static readonly byte[][] Utf8 = [.. All.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// The column a key given in UTF-8 names, or -1: the column expected next compared first (the writers put them in the
    /// order of <see cref="All"/>), then every other.
    /// </summary>
    internal static int IndexOf(ReadOnlySpan<byte> utf8Name, int expected)
    {
        if ((uint)expected < (uint)Utf8.Length && utf8Name.SequenceEqual(Utf8[expected]))
        {
            return expected;
        }

        for (var i = 0; i < Utf8.Length; i++)
        {
            if (utf8Name.SequenceEqual(Utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    internal static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
