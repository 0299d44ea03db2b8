using Counselling.Core.Common;

namespace Counselling.Core.Situation;

/// <summary>
/// One life domain as the client sees it, as the counsellor sees it, and what they agreed after talking it over: the
/// diagnosis is shared and negotiated, never imposed (the aspiring sound engineer who has never touched a mixing desk).
/// </summary>
public sealed record DomainView
{
    internal DomainView(LifeDomain domain, LifeDomainStatus clientView, LifeDomainStatus counsellorView, LifeDomainStatus? agreed)
    {
        Domain = Guard.Defined(domain);
        ClientView = clientView;
        CounsellorView = counsellorView;
        Agreed = agreed;
    }

    /// <summary>Gets the life domain.</summary>
    public LifeDomain Domain { get; }

    /// <summary>Gets how the client sees the domain.</summary>
    public LifeDomainStatus ClientView { get; }

    /// <summary>Gets how the counsellor sees the domain.</summary>
    public LifeDomainStatus CounsellorView { get; }

    /// <summary>Gets what the client and the counsellor agreed, once they have talked it over; <see langword="null"/> until then.</summary>
    public LifeDomainStatus? Agreed { get; }

    /// <summary>Gets a value indicating whether both views are recorded and differ: a gap to talk over.</summary>
    public bool HasGap => ClientView != LifeDomainStatus.NotAssessed && CounsellorView != LifeDomainStatus.NotAssessed && ClientView != CounsellorView;

    /// <summary>Gets a value indicating whether the views differ and nothing is agreed yet.</summary>
    public bool IsUnderNegotiation => HasGap && Agreed is null;

    /// <summary>
    /// Gets the status that counts: the agreed one; otherwise the shared view when both views match; otherwise
    /// <see cref="LifeDomainStatus.NotAssessed"/> (one view alone, or two views not yet reconciled, decide nothing).
    /// </summary>
    public LifeDomainStatus Status => Agreed ?? (ClientView == CounsellorView ? ClientView : LifeDomainStatus.NotAssessed);

    /// <summary>Returns the domain and the three statuses.</summary>
    /// <returns>The view as text.</returns>
    public override string ToString() => Domain + " (client " + ClientView + ", counsellor " + CounsellorView + ", agreed " + (Agreed?.ToString() ?? "-") + ")";
}
