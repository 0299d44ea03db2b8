namespace Counselling.Core.Services;

/// <summary>What can be done to a referral; each action is allowed or refused with its reasons.</summary>
public enum ReferralAction
{
    /// <summary>The client or the partner accepts it.</summary>
    Accept = 1,

    /// <summary>The client starts with the service.</summary>
    Start = 2,

    /// <summary>The client went through the service to its end.</summary>
    Complete = 3,

    /// <summary>The client or the partner says no.</summary>
    Decline = 4,

    /// <summary>The client did not come to the first appointment.</summary>
    RecordNoShow = 5,

    /// <summary>The referral is called off.</summary>
    Cancel = 6,
}
