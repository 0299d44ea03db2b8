using NodaTime;

namespace Counselling.Cli.Demo;

/// <summary>The clock of a story: it reads the instant the story has reached, so the demo prints the same every time.</summary>
internal sealed class StoryClock(Instant start) : IClock
{
    public Instant Now { get; private set; } = start;

    public Instant GetCurrentInstant() => Now;

    public void MoveTo(Instant instant) => Now = instant;
}
