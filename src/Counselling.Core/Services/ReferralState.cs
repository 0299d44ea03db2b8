namespace Counselling.Core.Services;

/// <summary>Where a referral to a service stands.</summary>
public enum ReferralState
{
    /// <summary>Proposed to the client and the service; no answer yet.</summary>
    Proposed = 1,

    /// <summary>Accepted: the client agreed and the service takes him.</summary>
    Accepted = 2,

    /// <summary>The client has started with the service.</summary>
    Started = 3,

    /// <summary>The client went through the service to its end.</summary>
    Completed = 4,

    /// <summary>The client or the service said no.</summary>
    Declined = 5,

    /// <summary>The client did not come to the service's first appointment.</summary>
    NoShow = 6,

    /// <summary>Called off before its end.</summary>
    Cancelled = 7,
}
