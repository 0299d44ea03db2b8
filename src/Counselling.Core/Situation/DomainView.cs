using System;
using Counselling.Core.Common;

namespace Counselling.Core.Situation;

/// <summary>
/// One life domain as the client sees it, as the counsellor sees it, and what they agreed after talking it over: the
/// diagnosis is shared and negotiated, never imposed (the aspiring sound engineer who has never touched a mixing desk).
/// </summary>
public sealed record DomainView
{
    /// <summary>Initializes the views of one domain.</summary>
    /// <param name="domain">The life domain.</param>
    /// <param name="clientView">How the client sees it; <see cref="LifeDomainStatus.NotAssessed"/> until said.</param>
    /// <param name="counsellorView">How the counsellor sees it; <see cref="LifeDomainStatus.NotAssessed"/> until said.</param>
    /// <param name="agreed">What they agreed, once each has given a view; <see langword="null"/> until then.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is undefined, or <paramref name="agreed"/> is <see cref="LifeDomainStatus.NotAssessed"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreed"/> is given while a view is missing.</exception>
    public DomainView(LifeDomain domain, LifeDomainStatus clientView, LifeDomainStatus counsellorView, LifeDomainStatus? agreed)
    {
        Domain = Guard.Defined(domain);
        ClientView = Guard.Defined(clientView);
        CounsellorView = Guard.Defined(counsellorView);
        if (agreed is { } status)
        {
            if (Guard.Defined(status, nameof(agreed)) == LifeDomainStatus.NotAssessed)
            {
                throw new ArgumentOutOfRangeException(nameof(agreed), "An agreement records a status; NotAssessed is the absence of one.");
            }

            if (clientView == LifeDomainStatus.NotAssessed || counsellorView == LifeDomainStatus.NotAssessed)
            {
                throw new ArgumentException("A status is agreed only after the client and the counsellor have each given a view.", nameof(agreed));
            }
        }

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

    /// <summary>Gets a value indicating whether either side has said how they see the domain.</summary>
    public bool HasView => ClientView != LifeDomainStatus.NotAssessed || CounsellorView != LifeDomainStatus.NotAssessed;

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
