namespace Counselling.Research.Statistics;

/// <summary>
/// One step of a Kaplan–Meier curve: a distinct time at which someone had the event or left the follow-up, with the
/// estimate just after it (R: one row of <c>summary(survfit(...), censored = TRUE)</c>).
/// </summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">The people still followed just before <paramref name="Time"/> (R: <c>n.risk</c>).</param>
/// <param name="Events">The people who had the event at <paramref name="Time"/> (R: <c>n.event</c>).</param>
/// <param name="Censored">The people whose follow-up ended at <paramref name="Time"/> without the event (R: <c>n.censor</c>).</param>
/// <param name="Survival">The probability of not having had the event by <paramref name="Time"/> (R: <c>surv</c>).</param>
/// <param name="LogStandardError">
/// The standard error of log S: the square root of Greenwood's sum Σ d/(n(n − d)) (R: <c>fit$std.err</c>);
/// +∞ once the survival reaches 0.
/// </param>
/// <param name="Lower">The lower limit of the band, exp(log S − z·se(log S)); NaN where the survival is 0 (R: <c>NA</c>).</param>
/// <param name="Upper">The upper limit of the band, min(1, exp(log S + z·se(log S))); NaN where the survival is 0 (R: <c>NA</c>).</param>
public readonly record struct SurvivalStep(
    double Time, int AtRisk, int Events, int Censored, double Survival, double LogStandardError, double Lower, double Upper)
{
    /// <summary>Gets Greenwood's standard error of the survival itself, S·se(log S) (R: <c>summary(fit)$std.err</c>); NaN where the survival is 0.</summary>
    public double StandardError => Survival == 0 ? double.NaN : Survival * LogStandardError;
}
