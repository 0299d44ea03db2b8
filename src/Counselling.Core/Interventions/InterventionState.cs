namespace Counselling.Core.Interventions;

/// <summary>The states of an intervention's lifecycle.</summary>
public enum InterventionState
{
    /// <summary>The client was referred or asked for help; nothing has been held yet.</summary>
    Requested = 0,

    /// <summary>The intake interview is under way: first contact, the request is heard, autonomy assessed.</summary>
    Intake = 1,

    /// <summary>The diagnosis is being built with the client, then negotiated (a shared diagnosis).</summary>
    SharedDiagnosis = 2,

    /// <summary>Objectives, desired benefits and the action plan are co-defined with the client.</summary>
    Planning = 3,

    /// <summary>The client and the counsellor carry out the plan over sessions.</summary>
    Active = 4,

    /// <summary>Waiting for an outside decision (the army's answer), with the date it is expected.</summary>
    OnHold = 5,

    /// <summary>The active phase is over; follow-up contacts record how things turned out.</summary>
    FollowUp = 6,

    /// <summary>Closed with a reason. A closed intervention never reopens; coming back starts a new, linked one.</summary>
    Closed = 7,
}
