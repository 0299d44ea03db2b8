namespace Counselling.Core.Services;

/// <summary>Why a referral was made.</summary>
public enum ReferralOriginKind
{
    /// <summary>The counsellor chose the service with the client.</summary>
    CounsellorChoice = 1,

    /// <summary>The service was among the suggestions computed from the client's barriers and situation.</summary>
    Suggestion = 2,

    /// <summary>Recommended after sessions in a row without progress: a psychologist or another specialist.</summary>
    SessionsWithoutProgress = 3,
}
