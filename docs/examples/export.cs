// Exports per-case results to Parquet for R or pandas, with keyed pseudonyms instead of ids and without free text,
// the site left blank for the cases of sites of fewer than 5 cases (the small-cell rule).
// Run: dotnet run docs/examples/export.cs -- cohort.jsonl results.parquet key.bin 2026-06-30
#:project ../../src/Counselling.Research.Files/Counselling.Research.Files.csproj
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.IO;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Pseudonyms;
using NodaTime;
using NodaTime.Text;

var (input, output, keyFile, date) = (args[0], args[1], args[2], LocalDatePattern.Iso.Parse(args[3]).Value);
var pseudonyms = new Pseudonymizer(File.ReadAllBytes(keyFile));      // the researcher's secret, kept apart from the data
var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(date), DateTimeZoneProviders.Tzdb, r => r.Site);
var metadata = new Dictionary<string, string> { ["counselling.pseudonymised"] = "yes" };

// A first pass counts the cases of each site, so that a site too small to publish is left blank in every row.
var sizes = new CohortTable(evaluator.Rubric);
using (var first = CohortReader.JsonLines(File.OpenRead(input), leaveOpen: false))
{
    while (first.TryRead(out var entry))
    {
        if (entry.Row is { } row && evaluator.TryEvaluate(row.Pseudonymize(pseudonyms), entry.Line, out var result, out _))
        {
            sizes.Add(result!);
        }
    }
}

using var reader = CohortReader.JsonLines(File.OpenRead(input), leaveOpen: false);
await using var stream = File.Create(output);
await using (var results = CaseResultWriter.Parquet(stream, evaluator.Rubric, metadata))
{
    results.Suppression = GroupSuppression.Of(SmallCellRule.Default, sizes.Groups);  // stated in the file's metadata too
    while (reader.TryRead(out var entry))
    {
        if (entry.Row is { } row && evaluator.TryEvaluate(row.Pseudonymize(pseudonyms), entry.Line, out var result, out _))
        {
            await results.WriteAsync(result!);
        }
    }

    Console.WriteLine($"{results.Written} cases written to {Path.GetFileName(output)}");
    Console.WriteLine(results.Suppression);
}
