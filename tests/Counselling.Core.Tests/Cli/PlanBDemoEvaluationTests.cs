using System.IO;
using Counselling.Cli;
using Xunit;

namespace Counselling.Core.Tests.Cli;

public sealed class PlanBDemoEvaluationTests
{
    [Fact]
    public void TheDemo_PlaysThePlansFallingThrough_AndStillConcludesSuccess_WithThePointsOfView()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = Program.Run(["demo"], output, error);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("had both plans fallen through", text, System.StringComparison.Ordinal);
        Assert.Contains("From the point of view of the client's judgement: success", text, System.StringComparison.Ordinal);
        Assert.Contains("aunt: college-application, unplanned", text, System.StringComparison.Ordinal);
        var fellThrough = text[text.IndexOf("had both plans fallen through", System.StringComparison.Ordinal)..];
        Assert.Contains("Verdict: success", fellThrough, System.StringComparison.Ordinal);
    }
}
