using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Benchmarks.Services;

/// <summary>
/// Ranked suggestions for one client against a catalogue of 10,000 services: <see cref="ServiceSuggester"/> beside a
/// hand-written filter and sort over the same services (baseline), which returns the top ten without reasons.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ServiceSuggesterBenchmarks
{
    private static readonly string[] Areas = ["fr", "fr/93", "fr/75", "fr/13", "ca/qc", "ca/qc/montreal", "be/bru"];
    private static readonly string[] Statuses = ["youth", "job-seeker", "benefits-recipient", "refugee"];

    private ServiceCatalogue _catalogue = ServiceCatalogue.Empty;
    private ClientProfile _client = null!;

    [Params(10_000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261125);
        var org = new OrganizationId("org");
        var services = new List<Service>(Services);
        for (var i = 0; i < Services; i++)
        {
            var barriers = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (BarrierCategory)random.Next(1, 13)).ToArray();
            int? min = random.Next(3) == 0 ? random.Next(16, 30) : null;
            services.Add(new Service(new ServiceId("s" + i), org, "Service " + random.Next(1000), random.Next(4) == 0 ? ServiceProvision.Internal : ServiceProvision.External)
            {
                Barriers = [.. barriers],
                Domains = random.Next(4) == 0 ? [(LifeDomain)random.Next(1, 12)] : [],
                IsActive = random.Next(20) != 0,
                Eligibility = new Eligibility
                {
                    MinimumAge = min,
                    MaximumAge = random.Next(3) == 0 ? (min ?? 16) + random.Next(5, 40) : null,
                    Areas = random.Next(2) == 0 ? [new AreaCode(Areas[random.Next(Areas.Length)])] : [],
                    Statuses = random.Next(4) == 0 ? [Statuses[random.Next(Statuses.Length)]] : [],
                },
            });
        }

        _catalogue = ServiceCatalogue.Create([new Organization(org, "Org")], [], services);
        var situation = SituationAssessment.Start(AssessmentMoment.Intake, Instant.FromUtc(2026, 3, 2, 14, 0))
            .WithClientView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithCounsellorView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithClientView(LifeDomain.Language, LifeDomainStatus.Difficulty)
            .WithCounsellorView(LifeDomain.Language, LifeDomainStatus.Difficulty);
        _client = new ClientProfile([BarrierCategory.Mobility, BarrierCategory.Language], situation, 19, new AreaCode("fr/93/93066"), ["youth"]);
    }

    [Benchmark(Baseline = true, Description = "hand-written filter and sort")]
    public int HandWritten() => HandWrittenSuggestions.Top(_catalogue, _client, 10).Count;

    [Benchmark(Description = "ServiceSuggester.Suggest (with reasons)")]
    public int Suggester() => ServiceSuggester.Suggest(_catalogue, _client).Count;
}
