namespace Counselling.Core.Services;

/// <summary>Why a group programme was called off.</summary>
public enum GroupCancellationReason
{
    /// <summary>Too few participants enrolled.</summary>
    NotEnoughParticipants = 1,

    /// <summary>The place is not available.</summary>
    PlaceUnavailable = 2,

    /// <summary>The facilitator is not available.</summary>
    FacilitatorUnavailable = 3,

    /// <summary>Another reason.</summary>
    Other = 4,
}
