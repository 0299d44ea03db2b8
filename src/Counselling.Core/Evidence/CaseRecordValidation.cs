using System.Collections.Generic;

namespace Counselling.Core.Evidence;

/// <summary>Every problem <see cref="CaseRecordBuilder.Validate"/> found in a record, each with its field, in the order of the record's lists; empty when the record builds.</summary>
public sealed class CaseRecordValidation
{
    internal CaseRecordValidation(IReadOnlyList<CaseRecordProblem> problems) => Problems = problems;

    /// <summary>Gets a value indicating whether the record has no problem and <see cref="CaseRecordBuilder.Build"/> will succeed.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Gets every problem found, not only the first.</summary>
    public IReadOnlyList<CaseRecordProblem> Problems { get; }
}
