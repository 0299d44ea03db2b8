using System.Collections.Immutable;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>Two sessions compare by value, outcomes included, even when a list of outcomes was never made.</summary>
public sealed class SessionEqualityTests
{
    [Fact]
    public void Sessions_WithOutcomesNeverMade_CompareWithoutThrowing()
    {
        var id = SessionId.New();
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var none = new Session(id, null, null, SessionStatus.Held, at, default, SessionProgress.NotAssessed);
        var alsoNone = new Session(id, null, null, SessionStatus.Held, at, default, SessionProgress.NotAssessed);
        var empty = new Session(id, null, null, SessionStatus.Held, at, ImmutableArray<SessionOutcome>.Empty, SessionProgress.NotAssessed);

        Assert.Equal(none, alsoNone);
        Assert.NotEqual(none, empty);
        Assert.NotEqual(empty, none);
    }

    [Fact]
    public void Sessions_WithTheSameOutcomes_AreEqual_AndDifferentOutcomes_AreNot()
    {
        var id = SessionId.New();
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var apply = new SessionOutcome(SessionOutcomeKind.AgreedAction, "apply");
        var decide = new SessionOutcome(SessionOutcomeKind.Decision, "decide");
        var one = new Session(id, null, null, SessionStatus.Held, at, [apply], SessionProgress.NotAssessed);

        Assert.Equal(one, new Session(id, null, null, SessionStatus.Held, at, [apply], SessionProgress.NotAssessed));
        Assert.NotEqual(one, new Session(id, null, null, SessionStatus.Held, at, [decide], SessionProgress.NotAssessed));
    }
}
