// Compares two programmes of a cohort file: entry into employment or training, Newcombe's interval of the difference, the log-rank test.
// Run: dotnet run docs/examples/compare.cs -- cohort.csv job-search plan-b 2026-06-30
#:project ../../src/Counselling.Research.Files/Counselling.Research.Files.csproj
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Statistics;
using NodaTime;
using NodaTime.Text;

var (input, first, second, date) = (args[0], args[1], args[2], LocalDatePattern.Iso.Parse(args[3]).Value);
var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(date), DateTimeZoneProviders.Tzdb, r => r.Programme);
var table = new CohortTable(evaluator.Rubric, keepTimes: true);        // keeps each case's days to employment or training
using var reader = CohortReader.Csv(new StreamReader(input));
foreach (var entry in reader.ReadAll())
{
    if (entry.Row is { } row && (row.Programme == first || row.Programme == second) && evaluator.TryEvaluate(row, entry.Line, out var result, out _))
    {
        table.Add(result!);
    }
}

var a = table.Groups.Single(g => g.Key == first);
var b = table.Groups.Single(g => g.Key == second);
var d = Rates.NewcombeDifference((int)a.Entered, a.Counts.Count, (int)b.Entered, b.Counts.Count);
Console.WriteLine($"entered: {first} {d.First.Estimate:P1}, {second} {d.Second.Estimate:P1}, difference {d.Difference:P1} ({d.Lower:P1} to {d.Upper:P1})");

var times = a.Days.Concat(b.Days).Select(x => (double)x).ToArray();
var events = a.Events.Concat(b.Events).ToArray();
var groups = a.Days.Select(_ => 0).Concat(b.Days.Select(_ => 1)).ToArray();
var test = LogRank.Test(times, events, groups);
Console.WriteLine($"log-rank: chi2 = {test.ChiSquare:0.00}, df = {test.DegreesOfFreedom}, p = {test.PValue:0.####}");
