namespace Counselling.Research.Files;

/// <summary>The stable codes of what can be wrong with a record of a cohort file; <see cref="CohortProblem.Describe"/> words them in English or French.</summary>
public static class CohortFileCodes
{
    /// <summary>The header lacks a column the layout requires.</summary>
    public const string ColumnMissing = "cohort.file.column-missing";

    /// <summary>The line has more or fewer cells than the header.</summary>
    public const string CellCount = "cohort.file.cell-count";

    /// <summary>A required value is empty.</summary>
    public const string ValueMissing = "cohort.file.value-missing";

    /// <summary>A date is not an ISO date (<c>yyyy-MM-dd</c>).</summary>
    public const string DateInvalid = "cohort.file.date-invalid";

    /// <summary>A count is not a whole number from 0 to 10,000.</summary>
    public const string CountInvalid = "cohort.file.count-invalid";

    /// <summary>A score is not a whole number from 1 to 5.</summary>
    public const string ScoreInvalid = "cohort.file.score-invalid";

    /// <summary>A yes-or-no value is neither.</summary>
    public const string YesNoInvalid = "cohort.file.yes-no-invalid";

    /// <summary>A closure reason is not one of the layout's.</summary>
    public const string ClosureReasonInvalid = "cohort.file.closure-reason-invalid";

    /// <summary>A code (programme, site) is too long or holds a line break.</summary>
    public const string CodeInvalid = "cohort.file.code-invalid";

    /// <summary>A time-zone id is unknown.</summary>
    public const string ZoneUnknown = "cohort.file.zone-unknown";

    /// <summary>A value contradicts another: more held than planned, closed before opened, a closure without a reason…</summary>
    public const string Inconsistent = "cohort.file.inconsistent";

    /// <summary>A JSON line is not a JSON object of the layout's values.</summary>
    public const string JsonInvalid = "cohort.file.json-invalid";
}
