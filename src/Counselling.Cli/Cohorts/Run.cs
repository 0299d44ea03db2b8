using System;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;

namespace Counselling.Cli.Cohorts;

/// <summary>What the command line asked of a run.</summary>
internal sealed record Run(string Path, Rubric Rubric, CaseAsOf AsOf, Func<CohortRow, string?> GroupBy, string GroupName, bool Strict, SmallCellRule Rule);
