using Counselling.Research.Disclosure;
using Counselling.Research.Statistics;

namespace Counselling.Cli.Cohorts;

/// <summary>One group's counts as they may be published: each a <see cref="DisclosedCount"/>, the rate only when its numbers are shown.</summary>
internal sealed record DisclosedGroup(
    string Label,
    DisclosedCount Evaluated,
    DisclosedCount Success,
    DisclosedCount Pending,
    DisclosedCount NotSuccessful,
    DisclosedCount Entered,
    DisclosedCount NotEntered,
    RateEstimate? SuccessRate,
    RateEstimate? EntryRate,
    int RawEvaluated)
{
    public bool IsSuppressed => SuccessRate is null;
}
