namespace Counselling.Core.Situation;

/// <summary>The stable codes of the reasons the situation and autonomy types give, for UIs that switch on them.</summary>
public static class SituationCodes
{
    /// <summary>A domain's status is agreed only after the client and the counsellor have each given a view (argument <c>domain</c>).</summary>
    public const string AgreementNeedsBothViews = "situation.agreement-needs-both-views";

    /// <summary>An autonomy level is not on the scale it is assessed with (argument <c>level</c>).</summary>
    public const string LevelNotOnScale = "autonomy.level-not-on-scale";
}
