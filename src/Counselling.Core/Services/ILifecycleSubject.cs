using NodaTime;

namespace Counselling.Core.Services;

/// <summary>An aggregate whose changes are dated, so that its rules can refuse a clock that goes back.</summary>
internal interface ILifecycleSubject
{
    Instant LastChangeAt { get; }
}
