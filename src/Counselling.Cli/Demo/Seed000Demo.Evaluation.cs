using Counselling.Core.Interventions;

namespace Counselling.Cli.Demo;

/// <content>The evaluation verdicts of the story.</content>
internal sealed partial class Seed000Demo
{
    private void EvaluateAtMeeting4(Intervention intervention) => _ = intervention;

    private void EvaluateLater(Intervention intervention) => _ = intervention;
}
