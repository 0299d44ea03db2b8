using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Stateless;

namespace Counselling.Core.Services;

/// <summary>
/// The transitions and named rules of a small lifecycle, written once and used twice: to answer "may I, and if not why?"
/// without firing anything, and to build the Stateless machine the aggregate fires (and the diagrams draw).
/// </summary>
internal sealed class LifecycleTable<TState, TAction, TSubject>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly string _notAllowedCode;
    private readonly List<(TState From, TAction Action, TState To)> _moves = [];
    private readonly Dictionary<(TState, TAction), TState> _targets = [];
    private readonly Dictionary<TAction, LifecycleRule<TSubject>[]> _rules = [];

    public LifecycleTable(string notAllowedCode) => _notAllowedCode = notAllowedCode;

    public IEnumerable<(TState From, TAction Action, TState To)> Moves => _moves;

    public LifecycleTable<TState, TAction, TSubject> Rules(TAction action, params LifecycleRule<TSubject>[] rules)
    {
        _rules[action] = rules;
        return this;
    }

    public LifecycleTable<TState, TAction, TSubject> Move(TState from, TAction action, TState to)
    {
        _moves.Add((from, action, to));
        _targets.Add((from, action), to);
        return this;
    }

    public LifecycleTable<TState, TAction, TSubject> Stay(TAction action, params TState[] states)
    {
        foreach (var state in states)
        {
            Move(state, action, state);
        }

        return this;
    }

    public IReadOnlyList<LifecycleRule<TSubject>> RulesFor(TAction action) => _rules.TryGetValue(action, out var rules) ? rules : [];

    public bool TryTarget(TState state, TAction action, out TState to) => _targets.TryGetValue((state, action), out to);

    public Permission Check(TState state, TAction action, TSubject subject, in LifecycleAttempt attempt)
    {
        if (!_targets.ContainsKey((state, action)))
        {
            return Permission.Refused([new Reason(_notAllowedCode, new ReasonArgument("action", action), new ReasonArgument("state", state))]);
        }

        List<Reason>? reasons = null;
        foreach (var rule in RulesFor(action))
        {
            if (!rule.IsSatisfied(subject, in attempt))
            {
                (reasons ??= []).Add(rule.Explain(subject, in attempt));
            }
        }

        return reasons is null ? Permission.Allowed : Permission.Refused(reasons);
    }

    public StateMachine<TState, TAction> Build(Func<TState> read, Action<TState> write, Func<LifecycleRule<TSubject>, bool> evaluate)
    {
        var machine = new StateMachine<TState, TAction>(read, write, FiringMode.Queued);
        foreach (var (from, action, to) in _moves)
        {
            var rules = RulesFor(action);
            var config = machine.Configure(from);
            if (EqualityComparer<TState>.Default.Equals(from, to))
            {
                config.InternalTransitionIf(action, _ => rules.All(evaluate), static _ => { }, string.Join("; ", rules.Select(r => r.Description)));
            }
            else if (rules.Count == 0)
            {
                config.Permit(action, to);
            }
            else
            {
                config.PermitIf(action, to, [.. rules.Select(rule => new Tuple<Func<bool>, string>(() => evaluate(rule), rule.Description))]);
            }
        }

        return machine;
    }

    public StateMachine<TState, TAction> Describe(TState initial)
    {
        var state = initial;
        return Build(() => state, s => state = s, static _ => true);
    }
}
