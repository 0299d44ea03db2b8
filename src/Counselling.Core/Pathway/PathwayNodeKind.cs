namespace Counselling.Core.Pathway;

/// <summary>What a node of the shared pathway is.</summary>
public enum PathwayNodeKind
{
    /// <summary>A key question the client and the counsellor work on ("which trade?", "plan B?").</summary>
    KeyQuestion = 1,

    /// <summary>A step: something someone does (apply to college, take the army's tests).</summary>
    Step = 2,

    /// <summary>A decision: one to make, between the options that follow it, or one from outside an option waits for (an admission answer), after that option.</summary>
    Decision = 3,

    /// <summary>One of the options of a decision (plan A, plan B), pursued at once, each with its own status.</summary>
    Option = 4,
}
