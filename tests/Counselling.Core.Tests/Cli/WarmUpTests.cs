using Counselling.Cli.Cohorts;
using Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary>The records <c>counsel</c> warms up on go the whole way through a run: read, evaluated, counted and shown, none skipped.</summary>
public sealed class WarmUpTests
{
    [Theory]
    [InlineData(false, "table")]
    [InlineData(false, "csv")]
    [InlineData(true, "jsonl")]
    [InlineData(true, "html")]
    [InlineData(false, "compare")]
    public void Sample_IsReadAndEvaluatedWholly_InEitherFormat(bool jsonLines, string format)
    {
        var run = WarmUp.RunSample(jsonLines, format);

        Assert.Equal(7, run.Tally.Read);
        Assert.Equal(0, run.Tally.Skipped);
        Assert.True(run.Tally.Evaluated >= 6);
        Assert.Equal(7, run.Table!.Total.Cases);
    }
}
