// Loads a cohort file, evaluates every case as of a date, writes one line per case and prints the success rate per programme.
// Run: dotnet run docs/examples/evaluate.cs -- cohort.csv results.csv 2026-06-30
#:project ../../src/Counselling.Research.Files/Counselling.Research.Files.csproj
#:property PublishAot=false

using System;
using System.IO;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Statistics;
using NodaTime;
using NodaTime.Text;

var (input, output, date) = (args[0], args[1], LocalDatePattern.Iso.Parse(args[2]).Value);
var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(date), DateTimeZoneProviders.Tzdb, r => r.Programme);
var table = new CohortTable(evaluator.Rubric);
var tally = new CohortTally();

using var reader = CohortReader.Csv(new StreamReader(input));             // or CohortReader.JsonLines(File.OpenRead("cohort.jsonl"))
await using (var results = CaseResultWriter.Csv(new StreamWriter(output), evaluator.Rubric, leaveOpen: false))
{
    while (reader.TryRead(out var entry))                                  // one case at a time: memory stays flat
    {
        var problem = entry.Problem ?? default;
        if (entry.Row is { } row && evaluator.TryEvaluate(row, entry.Line, out var result, out problem))
        {
            tally.Add(result!);
            table.Add(result!);
            await results.WriteAsync(result!);
        }
        else
        {
            tally.Skip(problem);                                           // never dropped silently: line and field
        }
    }
}

Console.WriteLine(tally);
var rule = SmallCellRule.Default;                                          // counts of fewer than 5 people are not published
foreach (var group in table.Groups)
{
    var success = rule.Apply(group.Counts.CountOf(Verdict.Success));
    var cases = rule.Apply(group.Counts.Count);
    Console.WriteLine(success.TryGetValue(out var s) && cases.TryGetValue(out var n)
        ? $"{group.Key}: {Rates.Wilson(s, n).Estimate:P1} of {n} ({Rates.Wilson(s, n).Lower:P1} to {Rates.Wilson(s, n).Upper:P1})"
        : $"{group.Key}: suppressed");
}
