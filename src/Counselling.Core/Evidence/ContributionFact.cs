using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// Help a third party gave, recorded as theirs: who by role (a <see cref="ThirdPartyRole"/>, never a name), what
/// (<c>college-application</c>), and whether it was planned. The evaluation shows it and never credits it to the
/// counsellor's planned process.
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct ContributionFact : IKnownFact
{
    /// <summary>Initializes a new contribution.</summary>
    /// <param name="contributor">The contributor's role, such as <see cref="ThirdPartyRole.Aunt"/>: never a name.</param>
    /// <param name="contribution">What they did, a short code such as <c>college-application</c>: never free text.</param>
    /// <param name="knownAt">When it became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="planned">Whether it was part of the plan agreed with the counsellor (by default it was not).</param>
    /// <exception cref="ArgumentException"><paramref name="contribution"/> is not a short code, or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>, or <paramref name="contributor"/> is <see cref="ThirdPartyRole.None"/> or undefined.</exception>
    public ContributionFact(ThirdPartyRole contributor, string contribution, Instant knownAt, ActorKind source, bool planned = false)
    {
        ThirdPartyRoleCodes.ToCode(contributor);
        Contributor = contributor;
        Contribution = EvidenceGuard.Code(contribution);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        Planned = planned;
    }

    /// <summary>Gets the contributor's role.</summary>
    public ThirdPartyRole Contributor { get; }

    /// <summary>Gets what they did.</summary>
    public string Contribution { get; }

    /// <summary>Gets when it became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets a value indicating whether it was part of the plan agreed with the counsellor.</summary>
    public bool Planned { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Contributor == ThirdPartyRole.None;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}
