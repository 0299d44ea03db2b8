namespace Counselling.Core.Services;

/// <summary>Nothing is recorded at an instant earlier than the last change: a clock that goes back is refused.</summary>
/// <typeparam name="TSubject">The aggregate.</typeparam>
internal sealed class ClockMovesForwardRule<TSubject> : LifecycleRule<TSubject>
    where TSubject : ILifecycleSubject
{
    public static readonly ClockMovesForwardRule<TSubject> Instance = new();

    private ClockMovesForwardRule()
        : base(ServicesCodes.ClockBeforeLastChange, "the clock has not gone back")
    {
    }

    public override bool IsSatisfied(TSubject subject, in LifecycleAttempt attempt) => attempt.Now >= subject.LastChangeAt;
}
