namespace Counselling.Core.Objectives;

/// <summary>Where a barrier stands as the client and the counsellor work on it.</summary>
public enum BarrierStatus
{
    /// <summary>Named with the client; nothing is done about it yet.</summary>
    Identified = 0,

    /// <summary>Actions or a referral are under way to lift it.</summary>
    BeingAddressed = 1,

    /// <summary>It no longer stops the client acting.</summary>
    Lifted = 2,
}
