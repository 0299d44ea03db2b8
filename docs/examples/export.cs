// Exports per-case results to Parquet for R or pandas, with keyed pseudonyms instead of ids and without free text.
// Run: dotnet run docs/examples/export.cs -- cohort.jsonl results.parquet key.bin 2026-06-30
#:project ../../src/Counselling.Research.Files/Counselling.Research.Files.csproj
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.IO;
using Counselling.Core.Evaluation;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Pseudonyms;
using NodaTime;
using NodaTime.Text;

var (input, output, keyFile, date) = (args[0], args[1], args[2], LocalDatePattern.Iso.Parse(args[3]).Value);
var pseudonyms = new Pseudonymizer(File.ReadAllBytes(keyFile));      // the researcher's secret, kept apart from the data
var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(date), DateTimeZoneProviders.Tzdb, r => r.Site);
var metadata = new Dictionary<string, string> { ["counselling.pseudonymised"] = "yes" };

using var reader = CohortReader.JsonLines(File.OpenRead(input), leaveOpen: false);
await using var stream = File.Create(output);
await using (var results = CaseResultWriter.Parquet(stream, evaluator.Rubric, metadata))
{
    while (reader.TryRead(out var entry))
    {
        if (entry.Row is { } row && evaluator.TryEvaluate(row.Pseudonymize(pseudonyms), entry.Line, out var result, out _))
        {
            await results.WriteAsync(result!);
        }
    }

    Console.WriteLine($"{results.Written} cases written to {Path.GetFileName(output)}");
}
