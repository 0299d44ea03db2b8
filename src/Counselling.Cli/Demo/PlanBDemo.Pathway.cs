using Counselling.Core.Interventions;
using Counselling.Core.Pathway;

namespace Counselling.Cli.Demo;

/// <content>The shared pathway of the story, built from what the intervention recorded, as the client and the counsellor look at it.</content>
internal sealed partial class PlanBDemo
{
    /// <summary>Prints the story's shared pathway: one line per node (what, who, where it stands), then the Mermaid flowchart a screen draws.</summary>
    /// <param name="intervention">The intervention the story played.</param>
    public void PrintPathway(Intervention intervention)
    {
        var pathway = InterventionPathway.Of(intervention);
        _say.Title("The shared pathway of his story", "Le parcours partagé de son histoire");
        foreach (var node in PathwayExport.ToView(pathway, culture))
        {
            var expected = node.ExpectedBy is { } by ? " — " + _say.Format(by) : string.Empty;
            _say.Line($"{node.KindLabel}: {node.Text} — {node.WhoDoesWhat}, {node.StatusLabel}{expected}", $"{node.KindLabel} : {node.Text} — {node.WhoDoesWhat}, {node.StatusLabel}{expected}");
        }

        _say.Line("Mermaid:", "Mermaid :");
        _say.Block(PathwayExport.ToMermaid(pathway, culture).TrimEnd());
    }
}
