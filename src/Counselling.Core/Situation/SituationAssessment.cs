using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Situation;

/// <summary>
/// The client's global situation, assessed with the client domain by domain: for each life domain the client's view,
/// the counsellor's view and what they agreed. Immutable: every change returns a new assessment.
/// </summary>
/// <remarks>
/// Agreeing a domain needs both views first (<c>situation.agreement-needs-both-views</c>): a status is negotiated after
/// each side has said how they see it. A refused change throws <see cref="ActionRefusedException"/> and, the assessment
/// being immutable, changes nothing.
/// </remarks>
public sealed class SituationAssessment : IEquatable<SituationAssessment>
{
    private readonly ImmutableArray<DomainView> _views;

    /// <summary>Initializes an assessment from the views of its domains: a stored assessment read back, for one.</summary>
    /// <param name="moment">When in the intervention it was made.</param>
    /// <param name="at">When it was made.</param>
    /// <param name="domains">The views, each domain at most once; a domain left out is not assessed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domains"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="domains"/> holds <see langword="null"/> or names a domain twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moment"/> is undefined.</exception>
    public SituationAssessment(AssessmentMoment moment, Instant at, IEnumerable<DomainView> domains)
    {
        Moment = Guard.Defined(moment);
        At = at;
        var views = Start(moment, at)._views.ToBuilder();
        var seen = new bool[views.Count];
        foreach (var view in Guard.NoNulls(domains))
        {
            var index = Index(view.Domain);
            if (seen[index])
            {
                throw new ArgumentException("An assessment names each life domain once.", nameof(domains));
            }

            seen[index] = true;
            views[index] = view;
        }

        _views = views.MoveToImmutable();
    }

    private SituationAssessment(AssessmentMoment moment, Instant at, ImmutableArray<DomainView> views, bool _)
    {
        Moment = moment;
        At = at;
        _views = views;
    }

    /// <summary>Gets when in the intervention the assessment was made.</summary>
    public AssessmentMoment Moment { get; }

    /// <summary>Gets when the assessment was made.</summary>
    public Instant At { get; }

    /// <summary>Gets every domain's views, in the order of <see cref="LifeDomains.All"/>.</summary>
    public IReadOnlyList<DomainView> Domains => _views;

    /// <summary>Gets the domains where the views differ and nothing is agreed yet: what is left to talk over.</summary>
    public IEnumerable<DomainView> UnderNegotiation
    {
        get
        {
            foreach (var view in _views)
            {
                if (view.IsUnderNegotiation)
                {
                    yield return view;
                }
            }
        }
    }

    /// <summary>The first domain of <see cref="UnderNegotiation"/>, or <see langword="null"/>: read in place, with no enumerator.</summary>
    internal DomainView? FirstUnderNegotiation()
    {
        foreach (var view in _views)
        {
            if (view.IsUnderNegotiation)
            {
                return view;
            }
        }

        return null;
    }

    /// <summary>Starts an assessment with every domain not assessed.</summary>
    /// <param name="moment">When in the intervention it is made.</param>
    /// <param name="at">When it is made.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moment"/> is undefined.</exception>
    public static SituationAssessment Start(AssessmentMoment moment, Instant at)
    {
        Guard.Defined(moment);
        var views = ImmutableArray.CreateBuilder<DomainView>(LifeDomains.All.Count);
        foreach (var domain in LifeDomains.All)
        {
            views.Add(new DomainView(domain, LifeDomainStatus.NotAssessed, LifeDomainStatus.NotAssessed, null));
        }

        return new SituationAssessment(moment, at, views.MoveToImmutable(), true);
    }

    /// <summary>Gets the views of one domain.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>Its views.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is undefined.</exception>
    public DomainView this[LifeDomain domain] => _views[Index(domain)];

    /// <summary>Gets the status that counts for a domain (see <see cref="DomainView.Status"/>).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is undefined.</exception>
    public LifeDomainStatus StatusOf(LifeDomain domain) => this[domain].Status;

    /// <summary>Records how the client sees a domain; a previous agreement on it is kept until agreed again.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="status">The client's view.</param>
    /// <returns>The new assessment; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined, or <paramref name="status"/> is <see cref="LifeDomainStatus.NotAssessed"/>.</exception>
    public SituationAssessment WithClientView(LifeDomain domain, LifeDomainStatus status)
    {
        var view = this[domain];
        return With(new DomainView(domain, Assessed(status), view.CounsellorView, view.Agreed));
    }

    /// <summary>Records how the counsellor sees a domain.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="status">The counsellor's view.</param>
    /// <returns>The new assessment; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined, or <paramref name="status"/> is <see cref="LifeDomainStatus.NotAssessed"/>.</exception>
    public SituationAssessment WithCounsellorView(LifeDomain domain, LifeDomainStatus status)
    {
        var view = this[domain];
        return With(new DomainView(domain, view.ClientView, Assessed(status), view.Agreed));
    }

    /// <summary>Records what the client and the counsellor agreed on a domain, after each has given a view.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="status">The status agreed.</param>
    /// <returns>The new assessment; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined, or <paramref name="status"/> is <see cref="LifeDomainStatus.NotAssessed"/>.</exception>
    /// <exception cref="ActionRefusedException">A view is missing (<c>situation.agreement-needs-both-views</c>).</exception>
    public SituationAssessment Agree(LifeDomain domain, LifeDomainStatus status)
    {
        var view = this[domain];
        Assessed(status);
        if (view.ClientView == LifeDomainStatus.NotAssessed || view.CounsellorView == LifeDomainStatus.NotAssessed)
        {
            throw new ActionRefusedException(
                nameof(Agree),
                [new Reason(SituationCodes.AgreementNeedsBothViews, new ReasonArgument("domain", domain))]);
        }

        return With(new DomainView(domain, view.ClientView, view.CounsellorView, status));
    }

    /// <summary>Gets a value indicating whether either side has given a view of at least one domain.</summary>
    public bool HasAnyView
    {
        get
        {
            foreach (var view in _views)
            {
                if (view.HasView)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the domains whose status that counts is at least the given severity.</summary>
    /// <param name="atLeast">The lowest severity, such as <see cref="LifeDomainStatus.Difficulty"/>.</param>
    /// <returns>The domains, in order.</returns>
    public IEnumerable<LifeDomain> DomainsAtLeast(LifeDomainStatus atLeast)
    {
        foreach (var view in _views)
        {
            if (view.Status >= atLeast && view.Status != LifeDomainStatus.NotAssessed)
            {
                yield return view.Domain;
            }
        }
    }

    /// <summary>Returns the moment and the number of domains assessed: never the client's situation itself.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString()
    {
        var settled = 0;
        foreach (var view in _views)
        {
            settled += view.Status == LifeDomainStatus.NotAssessed ? 0 : 1;
        }

        return "situation(" + Moment + ", " + settled + "/" + _views.Length + " domains settled)";
    }

    /// <summary>Says whether another assessment has the same moment, instant and views.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(SituationAssessment? other)
        => other is not null && Moment == other.Moment && At == other.At && _views.AsSpan().SequenceEqual(other._views.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SituationAssessment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Moment);
        hash.Add(At);
        foreach (var view in _views)
        {
            hash.Add(view);
        }

        return hash.ToHashCode();
    }

    private static int Index(LifeDomain domain) => (int)Guard.Defined(domain) - 1;

    private static LifeDomainStatus Assessed(LifeDomainStatus status, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(status))] string? name = null)
        => Guard.Defined(status, name) == LifeDomainStatus.NotAssessed
            ? throw new ArgumentOutOfRangeException(name, "A view records a status; NotAssessed is the absence of one.")
            : status;

    private SituationAssessment With(DomainView view) => new(Moment, At, _views.SetItem(Index(view.Domain), view), true);
}
