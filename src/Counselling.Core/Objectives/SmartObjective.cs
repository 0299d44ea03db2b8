using System;
using System.Collections.Immutable;

using Counselling.Core.Common;
using Counselling.Core.Occupations;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// An objective worked out with the client, read letter by letter: <b>S</b>pecific (what, by whom), <b>M</b>easurable
/// (an <see cref="Objectives.Indicator"/>), <b>A</b>chievable (steps, resources, the barriers to get past),
/// <b>R</b>ealistic (why it fits the client's situation; within the programme's time limit) and <b>T</b>ime-bound
/// (a deadline). Until the client agrees (<see cref="Agreement"/>), it is a proposal and nothing more.
/// </summary>
/// <remarks>
/// <para>An objective may be incomplete: it is built with the client over one or more sessions, and a vague one is
/// exactly what the counsellor must be able to see and improve. Completeness is therefore not refused here but
/// reported letter by letter by <see cref="SmartObjectiveValidator"/>. Only structural errors (a default identifier,
/// an unknown enum value) are refused at construction.</para>
/// <para>The texts are the client's words: they never appear in <see cref="ToString"/> or in exception messages.
/// Equality compares every member, lists element by element.</para>
/// </remarks>
public sealed record SmartObjective
{
    private readonly ImmutableArray<string> _steps = [];
    private readonly ImmutableArray<string> _resources = [];
    private readonly ImmutableArray<BarrierId> _barriers = [];
    private readonly Occupation? _occupation;
    private readonly string _what = string.Empty;
    private readonly string? _realism;

    /// <summary>Initializes a new objective with its statement; the other parts are set with initializers.</summary>
    /// <param name="id">The objective's identifier.</param>
    /// <param name="what">What the client will do, in the client's words; <see langword="null"/> is read as empty.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default identifier, or <paramref name="what"/> is longer than <see cref="TextLimits.FreeText"/> or not valid Unicode.</exception>
    public SmartObjective(ObjectiveId id, string? what)
    {
        Id = Guard.NotDefault(id);
        What = Bounds.Optional(what, TextLimits.FreeText) ?? string.Empty;
    }

    /// <summary>Gets the objective's identifier.</summary>
    public ObjectiveId Id { get; }

    /// <summary>Gets what will be done (S); empty when not said yet.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.FreeText"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public string What
    {
        get => _what;
        init => _what = Bounds.Optional(value, TextLimits.FreeText, nameof(What)) ?? string.Empty;
    }

    /// <summary>Gets by whom (S): usually the client; the default value when not said yet.</summary>
    public Actor ByWhom { get; init; }

    /// <summary>Gets the indicator that makes the objective measurable (M), if any.</summary>
    public Indicator? Indicator { get; init; }

    /// <summary>Gets the steps that make it achievable (A), in order.</summary>
    /// <exception cref="ArgumentNullException">A step is <see langword="null"/> (on set).</exception>
    /// <exception cref="ArgumentException">A step is longer than <see cref="TextLimits.Label"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public ImmutableArray<string> Steps
    {
        get => _steps;
        init => _steps = NoNulls(value, nameof(Steps));
    }

    /// <summary>Gets the resources the client can count on (A): aid, transport tickets, a workshop, a sponsor.</summary>
    /// <exception cref="ArgumentNullException">A resource is <see langword="null"/> (on set).</exception>
    /// <exception cref="ArgumentException">A resource is longer than <see cref="TextLimits.Label"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public ImmutableArray<string> Resources
    {
        get => _resources;
        init => _resources = NoNulls(value, nameof(Resources));
    }

    /// <summary>Gets the barriers the objective must get past (A).</summary>
    /// <exception cref="ArgumentException">An identifier is the default value (on set).</exception>
    public ImmutableArray<BarrierId> Barriers
    {
        get => _barriers;
        init
        {
            var items = ValueSequences.OrEmpty(value);
            foreach (var id in items)
            {
                Guard.NotDefault(id, nameof(Barriers));
            }

            _barriers = items;
        }
    }

    /// <summary>Gets why the objective is realistic for the client's situation (R), in the counsellor's and client's words.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.FreeText"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public string? Realism
    {
        get => _realism;
        init => _realism = Bounds.Optional(value, TextLimits.FreeText, nameof(Realism));
    }

    /// <summary>Gets the deadline (T), a date in the agency's time zone.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>
    /// Gets the occupation the objective aims at, if any: a validated code of a supported classification (ROME, ISCO-08,
    /// O*NET-SOC, NOC 2021, ESCO, RIASEC), read with <see cref="Occupations.Occupation.Parse"/> or built with
    /// <see cref="Occupations.Occupation.Of(RomeCode)"/> and its siblings.
    /// </summary>
    /// <exception cref="ArgumentException">The value is the default occupation (on set).</exception>
    public Occupation? Occupation
    {
        get => _occupation;
        init => _occupation = value is { IsDefault: true }
            ? throw new ArgumentException("An occupation must name a classification and a code.", nameof(Occupation))
            : value;
    }

    /// <summary>Gets the client's agreement; <see langword="null"/> while the objective is only a proposal.</summary>
    public ObjectiveAgreement? Agreement { get; private init; }

    /// <summary>Gets a value indicating whether the client agreed to the objective.</summary>
    public bool IsAgreed => Agreement is not null;

    /// <summary>Gets a copy of this objective with the client's agreement: only the intervention that records the agreement calls it.</summary>
    internal SmartObjective WithAgreement(ObjectiveAgreement? agreement) => this with { Agreement = agreement };

    /// <summary>Gets a value indicating whether the objective is only a proposal: the client has not agreed to it.</summary>
    public bool IsProposal => Agreement is null;

    /// <inheritdoc />
    public bool Equals(SmartObjective? other)
        => other is not null
           && Id == other.Id
           && What == other.What
           && ByWhom == other.ByWhom
           && Equals(Indicator, other.Indicator)
           && ValueSequences.Equal(_steps, other._steps)
           && ValueSequences.Equal(_resources, other._resources)
           && ValueSequences.Equal(_barriers, other._barriers)
           && Realism == other.Realism
           && Deadline == other.Deadline
           && _occupation == other._occupation
           && Equals(Agreement, other.Agreement);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(What);
        hash.Add(ByWhom);
        hash.Add(Indicator);
        ValueSequences.AddTo(ref hash, _steps);
        ValueSequences.AddTo(ref hash, _resources);
        ValueSequences.AddTo(ref hash, _barriers);
        hash.Add(Realism);
        hash.Add(Deadline);
        hash.Add(_occupation);
        hash.Add(Agreement);
        return hash.ToHashCode();
    }

    /// <summary>Returns the identifier and whether the objective is agreed: never the client's words.</summary>
    /// <returns>The objective as text, such as <c>objective:… (proposal)</c>.</returns>
    public override string ToString() => Id + (IsAgreed ? " (agreed)" : " (proposal)");

    private static ImmutableArray<string> NoNulls(ImmutableArray<string> value, string name)
    {
        var items = ValueSequences.OrEmpty(value);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, name);
            Bounds.Optional(item, TextLimits.Label, name);
        }

        return items;
    }
}
