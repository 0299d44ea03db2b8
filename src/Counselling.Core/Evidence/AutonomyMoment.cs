namespace Counselling.Core.Evidence;

/// <summary>When autonomy was assessed (at intake and at closure).</summary>
public enum AutonomyMoment
{
    /// <summary>At intake.</summary>
    Intake = 1,

    /// <summary>At closure.</summary>
    Closure = 2,
}
