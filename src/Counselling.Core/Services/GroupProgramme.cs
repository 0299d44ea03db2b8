using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;
using Stateless;

namespace Counselling.Core.Services;

/// <summary>
/// A group programme (a guidance workshop, a mobilisation group): planned with a capacity, a minimum number of
/// participants, a place and a start; open to enrolment; confirmed once the minimum is reached; running; completed; or
/// cancelled. Each participant keeps an individual intervention, by its <see cref="InterventionId"/>, so outcomes stay
/// individual and aggregate per programme with <see cref="GroupOutcomes"/>.
/// </summary>
/// <remarks>
/// <para>The lifecycle is a Stateless machine kept private; <see cref="Check(GroupProgrammeAction, Actor)"/> says
/// whether an action is allowed now and, if not, every reason. A refused action throws
/// <see cref="ActionRefusedException"/> and changes nothing. Every change is attributed and dated from the injected
/// clock. The start is kept as a local date and time with its zone identifier and converted to an instant only when
/// needed (zone rules change), leniently across a clock change.</para>
/// <para>Not thread-safe: one instance serves one unit of work.</para>
/// </remarks>
public sealed class GroupProgramme : ILifecycleSubject
{
    private static readonly LifecycleTable<GroupProgrammeState, GroupProgrammeAction, GroupProgramme> Table = BuildTable();

    private readonly IClock _clock;
    private readonly DateTimeZone _zone;
    private readonly List<GroupParticipant> _participants = [];
    private readonly List<GroupChange> _history = [];
    private StateMachine<GroupProgrammeState, GroupProgrammeAction>? _machine;
    private LifecycleAttempt _pending;
    private GroupProgrammeState _state = GroupProgrammeState.Planned;

    private GroupProgramme(GroupProgrammeId id, int capacity, int minimum, string place, LocalDateTime start, DateTimeZone zone, IClock clock)
    {
        Id = id;
        Capacity = capacity;
        MinimumParticipants = minimum;
        Place = place;
        StartsAt = start;
        _zone = zone;
        _clock = clock;
    }

    /// <summary>Gets the programme's identifier.</summary>
    public GroupProgrammeId Id { get; }

    /// <summary>Gets the most participants the group takes.</summary>
    public int Capacity { get; }

    /// <summary>Gets the fewest participants the group needs to be confirmed and to start.</summary>
    public int MinimumParticipants { get; }

    /// <summary>Gets where the group meets (a room, an address, a video link's name): never a participant's data.</summary>
    public string Place { get; }

    /// <summary>Gets when the group starts, in local time at <see cref="ZoneId"/>.</summary>
    public LocalDateTime StartsAt { get; }

    /// <summary>Gets the time zone the start is read in, such as <c>Europe/Paris</c>.</summary>
    public string ZoneId => _zone.Id;

    /// <summary>Gets the instant the group starts, under the zone rules known now (a time skipped by a clock change moves forward).</summary>
    public Instant StartInstant => StartsAt.InZoneLeniently(_zone).ToInstant();

    /// <summary>Gets where the programme stands.</summary>
    public GroupProgrammeState State => _state;

    /// <summary>Gets why the programme was cancelled, or <see langword="null"/>.</summary>
    public GroupCancellationReason? CancellationReason { get; private set; }

    /// <summary>Gets the participants, in the order they enrolled.</summary>
    public IReadOnlyList<GroupParticipant> Participants => _participants;

    /// <summary>Gets every change, the planning first.</summary>
    public IReadOnlyList<GroupChange> History => _history;

    /// <summary>Gets when the last change happened.</summary>
    public Instant LastChangeAt => _history[^1].At;

    private StateMachine<GroupProgrammeState, GroupProgrammeAction> Machine
        => _machine ??= Table.Build(() => _state, s => _state = s, rule => rule.IsSatisfied(this, in _pending));

    /// <summary>Plans a group programme.</summary>
    /// <param name="id">The programme's identifier.</param>
    /// <param name="capacity">The most participants, 1 to 500.</param>
    /// <param name="minimumParticipants">The fewest participants to confirm and start, 1 to <paramref name="capacity"/>.</param>
    /// <param name="place">Where the group meets.</param>
    /// <param name="start">When it starts, in local time.</param>
    /// <param name="zoneId">The time zone of the start, such as <c>Europe/Paris</c>.</param>
    /// <param name="zones">The time-zone provider.</param>
    /// <param name="by">Who plans it.</param>
    /// <param name="clock">The clock that dates every change.</param>
    /// <returns>The programme, <see cref="GroupProgrammeState.Planned"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The identifier or the actor is the default value, <paramref name="place"/> is blank, or <paramref name="zoneId"/> is unknown to <paramref name="zones"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> or <paramref name="minimumParticipants"/> is out of range.</exception>
    public static GroupProgramme Plan(
        GroupProgrammeId id, int capacity, int minimumParticipants, string place, LocalDateTime start, string zoneId, IDateTimeZoneProvider zones, Actor by, IClock clock)
    {
        Guard.NotDefault(id);
        Guard.InRange(capacity, 1, 500);
        Guard.InRange(minimumParticipants, 1, capacity);
        Guard.NotBlank(place);
        Guard.NotBlank(zoneId);
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(clock);
        Guard.Known(by);
        var zone = zones.GetZoneOrNull(zoneId) ?? throw new ArgumentException("The time zone is unknown to the provider.", nameof(zoneId));
        var programme = new GroupProgramme(id, capacity, minimumParticipants, place.Trim(), start, zone, clock);
        programme._history.Add(new GroupChange(null, GroupProgrammeState.Planned, default, clock.GetCurrentInstant(), by));
        return programme;
    }

    /// <summary>Says whether a participant is enrolled.</summary>
    /// <param name="participant">The participant's intervention.</param>
    /// <returns><see langword="true"/> if enrolled.</returns>
    public bool IsEnrolled(InterventionId participant) => IndexOf(participant) >= 0;

    /// <summary>Says whether an action that concerns no participant is allowed now and, if not, every reason.</summary>
    /// <param name="action">The action.</param>
    /// <param name="by">Who would do it.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    public Permission Check(GroupProgrammeAction action, Actor by) => Check(action, default, by);

    /// <summary>Says whether an action on a participant is allowed now and, if not, every reason.</summary>
    /// <param name="action">The action.</param>
    /// <param name="participant">The participant's intervention.</param>
    /// <param name="by">Who would do it.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    public Permission Check(GroupProgrammeAction action, InterventionId participant, Actor by)
        => Table.Check(_state, Guard.Defined(action), this, new LifecycleAttempt(Guard.Known(by), _clock.GetCurrentInstant(), participant));

    /// <summary>Opens enrolment.</summary>
    /// <param name="by">Who opens it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void OpenEnrolment(Actor by) => Do(GroupProgrammeAction.OpenEnrolment, default, by);

    /// <summary>Enrols a participant, by the participant's own intervention.</summary>
    /// <param name="participant">The participant's intervention.</param>
    /// <param name="by">Who enrols them.</param>
    /// <exception cref="ArgumentException"><paramref name="participant"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The group is full (<c>group.full</c>), the participant is already enrolled, or the group takes no enrolment at its stage; the programme is unchanged.</exception>
    public void Enrol(InterventionId participant, Actor by)
    {
        Do(GroupProgrammeAction.Enrol, Guard.NotDefault(participant), by);
    }

    /// <summary>Withdraws a participant before the start.</summary>
    /// <param name="participant">The participant's intervention.</param>
    /// <param name="by">Who withdraws them.</param>
    /// <exception cref="ArgumentException"><paramref name="participant"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void Withdraw(InterventionId participant, Actor by) => Do(GroupProgrammeAction.Withdraw, Guard.NotDefault(participant), by);

    /// <summary>Confirms the group, once the minimum number of participants is enrolled.</summary>
    /// <param name="by">Who confirms it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void Confirm(Actor by) => Do(GroupProgrammeAction.Confirm, default, by);

    /// <summary>Starts the group, once its start time has come, with the minimum number of participants.</summary>
    /// <param name="by">Who starts it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void Start(Actor by) => Do(GroupProgrammeAction.Start, default, by);

    /// <summary>Ends the group.</summary>
    /// <param name="by">Who ends it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void Complete(Actor by) => Do(GroupProgrammeAction.Complete, default, by);

    /// <summary>Calls the group off before it starts.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="by">Who calls it off.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void Cancel(GroupCancellationReason reason, Actor by)
    {
        Guard.Defined(reason);
        Do(GroupProgrammeAction.Cancel, default, by);
        CancellationReason = reason;
    }

    /// <summary>Records how a participant took part, once the group is running or over.</summary>
    /// <param name="participant">The participant's intervention.</param>
    /// <param name="attendance">How they took part.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="participant"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attendance"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the programme is unchanged.</exception>
    public void RecordAttendance(InterventionId participant, Attendance attendance, Actor by)
    {
        Guard.Defined(attendance);
        Do(GroupProgrammeAction.RecordAttendance, Guard.NotDefault(participant), by);
        var at = IndexOf(participant);
        _participants[at] = _participants[at] with { Attendance = attendance };
    }

    /// <summary>Returns the identifier, the state and the number of participants.</summary>
    /// <returns>The programme as text.</returns>
    public override string ToString() => Id + " (" + _state + ", " + _participants.Count + "/" + Capacity + ")";

    internal static System.Collections.Generic.IEnumerable<string> Rules(GroupProgrammeAction action) => System.Linq.Enumerable.Select(Table.RulesFor(action), r => r.Code);

    internal static StateMachine<GroupProgrammeState, GroupProgrammeAction> Describe() => Table.Describe(GroupProgrammeState.Planned);

    internal static IEnumerable<(GroupProgrammeState From, GroupProgrammeAction Action, GroupProgrammeState To)> Moves => Table.Moves;

    private static LifecycleTable<GroupProgrammeState, GroupProgrammeAction, GroupProgramme> BuildTable()
    {
        var clock = ClockMovesForwardRule<GroupProgramme>.Instance;
        return new LifecycleTable<GroupProgrammeState, GroupProgrammeAction, GroupProgramme>(ServicesCodes.GroupNotAllowedInState)
            .Rules(GroupProgrammeAction.OpenEnrolment, clock)
            .Rules(GroupProgrammeAction.Enrol, GroupHasRoomRule.Instance, ParticipantIsNewRule.Instance, clock)
            .Rules(GroupProgrammeAction.Withdraw, ParticipantIsEnrolledRule.Instance, clock)
            .Rules(GroupProgrammeAction.Confirm, MinimumParticipantsReachedRule.Instance, clock)
            .Rules(GroupProgrammeAction.Start, MinimumParticipantsReachedRule.Instance, GroupStartIsDueRule.Instance, clock)
            .Rules(GroupProgrammeAction.Complete, clock)
            .Rules(GroupProgrammeAction.Cancel, clock)
            .Rules(GroupProgrammeAction.RecordAttendance, ParticipantIsEnrolledRule.Instance, clock)
            .Move(GroupProgrammeState.Planned, GroupProgrammeAction.OpenEnrolment, GroupProgrammeState.Enrolling)
            .Stay(GroupProgrammeAction.Enrol, GroupProgrammeState.Enrolling, GroupProgrammeState.Confirmed)
            .Stay(GroupProgrammeAction.Withdraw, GroupProgrammeState.Enrolling, GroupProgrammeState.Confirmed)
            .Move(GroupProgrammeState.Enrolling, GroupProgrammeAction.Confirm, GroupProgrammeState.Confirmed)
            .Move(GroupProgrammeState.Confirmed, GroupProgrammeAction.Start, GroupProgrammeState.Running)
            .Stay(GroupProgrammeAction.RecordAttendance, GroupProgrammeState.Running, GroupProgrammeState.Completed)
            .Move(GroupProgrammeState.Running, GroupProgrammeAction.Complete, GroupProgrammeState.Completed)
            .Move(GroupProgrammeState.Planned, GroupProgrammeAction.Cancel, GroupProgrammeState.Cancelled)
            .Move(GroupProgrammeState.Enrolling, GroupProgrammeAction.Cancel, GroupProgrammeState.Cancelled)
            .Move(GroupProgrammeState.Confirmed, GroupProgrammeAction.Cancel, GroupProgrammeState.Cancelled);
    }

    private int IndexOf(InterventionId participant)
    {
        for (var i = 0; i < _participants.Count; i++)
        {
            if (_participants[i].Intervention == participant)
            {
                return i;
            }
        }

        return -1;
    }

    private void Do(GroupProgrammeAction action, InterventionId participant, Actor by)
    {
        var attempt = new LifecycleAttempt(Guard.Known(by), _clock.GetCurrentInstant(), participant);
        var permission = Table.Check(_state, action, this, in attempt);
        if (!permission.IsAllowed)
        {
            throw new ActionRefusedException(action.ToString(), permission.Reasons);
        }

        _pending = attempt;
        Machine.Fire(action);
        switch (action)
        {
            case GroupProgrammeAction.Enrol:
                _participants.Add(new GroupParticipant(participant, null));
                break;
            case GroupProgrammeAction.Withdraw:
                _participants.RemoveAt(IndexOf(participant));
                break;
        }

        _history.Add(new GroupChange(action, _state, participant, attempt.Now, by));
    }
}
