using System;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>The usual grouping keys of a cohort, and the group of records without one.</summary>
public static class CohortKeys
{
    /// <summary>The group of the records whose key is missing: <c>none</c>.</summary>
    public const string None = "none";

    /// <summary>Gets the programme's code of a record.</summary>
    public static Func<CaseRecord, string?> Programme { get; } = static r => r.Programme;

    /// <summary>Gets the site's code of a record, if any.</summary>
    public static Func<CaseRecord, string?> Site { get; } = static r => r.Site;

    /// <summary>Gets the agency's code of a record, if any.</summary>
    public static Func<CaseRecord, string?> Agency { get; } = static r => r.Agency;
}
