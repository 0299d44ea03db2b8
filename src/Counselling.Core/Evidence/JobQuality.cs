using System;

namespace Counselling.Core.Evidence;

/// <summary>
/// The elements of a job that the decent-job test reads, after the ILO's elements of decent work: contract and
/// stability, working time, earnings, social protection and fit with the person's expectations. Each element may be
/// unknown (<see langword="null"/>); an unknown element never passes.
/// </summary>
public readonly record struct JobQuality
{
    // Kept small (24 bytes, not 48): an amount beside a flag (an unknown one kept as 0), an unknown answer as 0.
    private const byte HoursKnown = 1;
    private const byte EarningsKnown = 2;

    private readonly double _weeklyHours;
    private readonly double _monthlyEarnings;
    private readonly byte _amountsKnown;
    private readonly byte _contract;
    private readonly byte _socialProtection;
    private readonly byte _meetsExpectations;

    /// <summary>Initializes a new description of a job.</summary>
    /// <param name="contract">The contract, if known.</param>
    /// <param name="weeklyHours">Usual hours worked a week, if known; from 0 to 168.</param>
    /// <param name="monthlyEarnings">Usual monthly earnings, if known, in the currency the rubric's threshold uses; not negative.</param>
    /// <param name="socialProtection">Whether the job gives social protection (health cover, pension, unemployment insurance), if known.</param>
    /// <param name="meetsExpectations">Whether the person says the job meets their expectations, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contract"/> is undefined, <paramref name="weeklyHours"/> lies
    /// outside 0–168 or <paramref name="monthlyEarnings"/> is negative or not finite.</exception>
    public JobQuality(ContractKind? contract = null, double? weeklyHours = null, double? monthlyEarnings = null, bool? socialProtection = null, bool? meetsExpectations = null)
    {
        if (contract is { } c && !Enum.IsDefined(c))
        {
            throw new ArgumentOutOfRangeException(nameof(contract), "ContractKind has no such member.");
        }

        if (weeklyHours is { } h && (!double.IsFinite(h) || h < 0 || h > 168))
        {
            throw new ArgumentOutOfRangeException(nameof(weeklyHours), "Weekly hours lie between 0 and 168.");
        }

        if (monthlyEarnings is { } e && (!double.IsFinite(e) || e < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyEarnings), "Earnings are a finite amount, not negative.");
        }

        _contract = contract is { } kind ? (byte)kind : (byte)0;
        _weeklyHours = weeklyHours ?? 0;
        _monthlyEarnings = monthlyEarnings ?? 0;
        _amountsKnown = (byte)((weeklyHours is null ? 0 : HoursKnown) | (monthlyEarnings is null ? 0 : EarningsKnown));
        _socialProtection = Answer(socialProtection);
        _meetsExpectations = Answer(meetsExpectations);
    }

    /// <summary>Gets the contract, if known.</summary>
    public ContractKind? Contract => _contract == 0 ? null : (ContractKind)_contract;

    /// <summary>Gets the usual hours worked a week, if known.</summary>
    public double? WeeklyHours => (_amountsKnown & HoursKnown) != 0 ? _weeklyHours : null;

    /// <summary>Gets the usual monthly earnings, if known.</summary>
    public double? MonthlyEarnings => (_amountsKnown & EarningsKnown) != 0 ? _monthlyEarnings : null;

    /// <summary>Gets whether the job gives social protection, if known.</summary>
    public bool? SocialProtection => Answer(_socialProtection);

    /// <summary>Gets whether the job meets the person's expectations, if known.</summary>
    public bool? MeetsExpectations => Answer(_meetsExpectations);

    private static byte Answer(bool? answer) => answer switch { null => 0, false => 1, true => 2 };

    private static bool? Answer(byte answer) => answer switch { 0 => null, 1 => false, _ => true };
}
