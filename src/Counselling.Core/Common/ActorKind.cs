namespace Counselling.Core.Common;

/// <summary>The kind of person or process that did something.</summary>
public enum ActorKind
{
    /// <summary>No actor: the default value, refused by every public entry point.</summary>
    None = 0,

    /// <summary>The counsellor, the professional who accompanies the client.</summary>
    Counsellor = 1,

    /// <summary>The client, the person accompanied.</summary>
    Client = 2,

    /// <summary>A partner outside the agency (an employer, a training centre, a doctor, a social worker…).</summary>
    Partner = 3,

    /// <summary>A relative or someone close to the client (an aunt who helps).</summary>
    Relative = 4,

    /// <summary>An automated process (an import, a scheduler, a rule of the library itself).</summary>
    System = 5,
}
