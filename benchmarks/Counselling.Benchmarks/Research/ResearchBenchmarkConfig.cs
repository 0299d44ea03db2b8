using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Counselling.Benchmarks.Research;

/// <summary>
/// A short job run in the benchmark's own process: 1 warm-up and 3 measured iterations. Each operation takes a second or
/// more over 1,000,000 people, and the machine's 2 cores are shared with other builds, where generating and building a
/// separate benchmark executable times out.
/// </summary>
public sealed class ResearchBenchmarkConfig : ManualConfig
{
    public ResearchBenchmarkConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
}
