using Counselling.Core.Common;

namespace Counselling.Core.Evidence;

/// <summary>What the statuses of an option say: open or resolved.</summary>
public static class OptionStatuses
{
    /// <summary>Says whether a status resolves the option: achieved, failed or abandoned.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for <see cref="OptionStatus.Succeeded"/>, <see cref="OptionStatus.Failed"/> and <see cref="OptionStatus.Abandoned"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public static bool IsResolved(OptionStatus status)
        => Guard.Defined(status) is OptionStatus.Succeeded or OptionStatus.Failed or OptionStatus.Abandoned;
}
