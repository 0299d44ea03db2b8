namespace Counselling.Core.Evaluation.Evidence;

/// <summary>When autonomy was assessed (rule 6 of the brief: at intake and at closure).</summary>
public enum AutonomyMoment
{
    /// <summary>At intake.</summary>
    Intake = 1,

    /// <summary>At closure.</summary>
    Closure = 2,
}
