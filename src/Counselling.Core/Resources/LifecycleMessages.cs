namespace Counselling.Core.Resources;

/// <summary>Messages of the intervention lifecycle: states, actions, closure reasons and the lifecycle's rules.</summary>
internal static class LifecycleMessages
{
    public static readonly MessageTemplate[] All =
    [
    ];
}
