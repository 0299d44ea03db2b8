using Counselling.Core.Common;

namespace Counselling.Core.Periservice;

/// <summary>Builds the coded refusals of the periservice capability.</summary>
internal static class PeriserviceRefusal
{
    public const string UnknownZone = "periservice.unknown-zone";
    public const string PolicyEmpty = "periservice.policy-empty";
    public const string DuplicateRule = "periservice.policy-duplicate-rule";
    public const string BeforeOffsetNotBefore = "periservice.before-offset-not-before-anchor";
    public const string AfterOffsetBefore = "periservice.after-offset-before-anchor";
    public const string FollowUpBeforeClosure = "periservice.follow-up-before-closure";
    public const string UnknownTouchpoint = "periservice.touchpoint-unknown";
    public const string CancelledTouchpoint = "periservice.touchpoint-cancelled";
    public const string NotPending = "periservice.touchpoint-not-pending";
    public const string AlreadyAnswered = "periservice.touchpoint-already-answered";
    public const string OtherIntervention = "periservice.touchpoint-of-another-intervention";
    public const string ResponseDoesNotFit = "periservice.response-does-not-fit";

    public static ActionRefusedException Refuse(string action, string code, params System.ReadOnlySpan<ReasonArgument> arguments)
        => new(action, [new Reason(code, arguments)]);
}
