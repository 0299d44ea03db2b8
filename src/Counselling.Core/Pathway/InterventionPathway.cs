using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Services;

namespace Counselling.Core.Pathway;

/// <summary>
/// Builds the shared pathway of an intervention, or of a client's whole trajectory, from what the intervention
/// recorded: the key question agreed in the shared diagnosis, the objectives, the action plan's actions (who does what),
/// the referrals (the partner organisation provides the service, the client attends it), the options the client pursues at
/// once (plan A, plan B), each with its status, and after each option the decisions from outside it waits for. Export it
/// with <see cref="PathwayExport"/>.
/// </summary>
/// <remarks>
/// Keys are stable and short: <c>e1-question</c>, <c>e1-o1</c> (objectives), <c>e1-a1</c> (actions), <c>e1-r1</c>
/// (referrals), <c>e1-decision</c> and <c>e1-p1</c> (options), <c>e1-p1-d1</c> (a decision option 1 waits for, by the decision's number), <c>e2-…</c> for the intervention after a return. The texts are
/// the words recorded with the client; a referral shows the service's name in the catalogue.
/// </remarks>
public static class InterventionPathway
{
    private const string Blank = "…";

    /// <summary>Builds the shared pathway of one intervention.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <returns>The pathway.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    public static SharedPathway Of(Intervention intervention)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        return Add(SharedPathway.Empty, intervention, 1, null);
    }

    /// <summary>Builds the shared pathway of a client's trajectory: each intervention's pathway in order, each return linked from the one before.</summary>
    /// <param name="trajectory">The trajectory.</param>
    /// <returns>The pathway.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trajectory"/> is <see langword="null"/>.</exception>
    public static SharedPathway Of(Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var pathway = SharedPathway.Empty;
        string? previous = null;
        for (var i = 0; i < trajectory.Episodes.Length; i++)
        {
            pathway = Add(pathway, trajectory.Episodes[i], i + 1, previous);
            previous = Root(i + 1);
        }

        return pathway;
    }

    /// <summary>Where a referral's state puts its step on the pathway.</summary>
    /// <param name="state">The referral's state.</param>
    /// <returns>The node's status.</returns>
    public static PathwayNodeStatus StatusOf(ReferralState state) => state switch
    {
        ReferralState.Proposed => PathwayNodeStatus.Waiting,
        ReferralState.Accepted or ReferralState.Started => PathwayNodeStatus.InProgress,
        ReferralState.Completed => PathwayNodeStatus.Done,
        _ => PathwayNodeStatus.Abandoned,
    };

    /// <summary>Where an action's status puts its step on the pathway.</summary>
    /// <param name="status">The action's status.</param>
    /// <returns>The node's status.</returns>
    public static PathwayNodeStatus StatusOf(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Done => PathwayNodeStatus.Done,
        PlanActionStatus.Dropped => PathwayNodeStatus.Abandoned,
        PlanActionStatus.NotDone => PathwayNodeStatus.Open,
        _ => PathwayNodeStatus.InProgress,
    };

    /// <summary>Where an option's status puts it on the pathway.</summary>
    /// <param name="status">The option's status.</param>
    /// <returns>The node's status.</returns>
    public static PathwayNodeStatus StatusOf(OptionStatus status) => status switch
    {
        OptionStatus.Succeeded => PathwayNodeStatus.Done,
        OptionStatus.Failed or OptionStatus.Abandoned => PathwayNodeStatus.Abandoned,
        _ => PathwayNodeStatus.Waiting,
    };

    private static string Root(int episode) => "e" + episode.ToString(CultureInfo.InvariantCulture) + "-question";

    private static SharedPathway Add(SharedPathway pathway, Intervention intervention, int episode, string? after)
    {
        var prefix = "e" + episode.ToString(CultureInfo.InvariantCulture) + "-";
        var client = Actor.Client(intervention.ClientId);
        var counsellor = Actor.Counsellor(intervention.CounsellorId);
        var root = prefix + "question";
        var question = new PathwayNode(root, PathwayNodeKind.KeyQuestion, Text(intervention.Diagnosis?.Agreed), client)
        {
            Status = intervention.State == InterventionState.Closed ? PathwayNodeStatus.Done
                : intervention.Diagnosis is not null || intervention.Objectives.Count > 0 ? PathwayNodeStatus.InProgress
                : PathwayNodeStatus.Open,
        };
        pathway = after is null ? pathway.Add(question) : pathway.AddAfter(after, question);

        var objectiveKeys = new Dictionary<ObjectiveId, string>();
        for (var i = 0; i < intervention.Objectives.Count; i++)
        {
            var objective = intervention.Objectives[i];
            var key = prefix + "o" + (i + 1).ToString(CultureInfo.InvariantCulture);
            objectiveKeys.Add(objective.Id, key);
            pathway = pathway.AddAfter(root, new PathwayNode(key, PathwayNodeKind.Step, Text(objective.What), objective.ByWhom.IsDefault ? client : objective.ByWhom)
            {
                Status = !objective.IsAgreed ? PathwayNodeStatus.Open
                    : intervention.ClosureReason == ClosureReason.ObjectivesMet ? PathwayNodeStatus.Done
                    : intervention.State == InterventionState.Closed ? PathwayNodeStatus.Abandoned
                    : PathwayNodeStatus.InProgress,
                ExpectedBy = objective.Deadline,
            });
        }

        for (var i = 0; i < intervention.ActionPlan.Count; i++)
        {
            var action = intervention.ActionPlan[i];
            var from = action.Objective is { } served && objectiveKeys.TryGetValue(served, out var objectiveKey) ? objectiveKey : root;
            pathway = pathway.AddAfter(from, new PathwayNode(prefix + "a" + (i + 1).ToString(CultureInfo.InvariantCulture), PathwayNodeKind.Step, action.What, action.Owner)
            {
                Status = StatusOf(action.Status),
                ExpectedBy = action.Due,
            });
        }

        for (var i = 0; i < intervention.Referrals.Count; i++)
        {
            var referral = intervention.Referrals[i];
            pathway = pathway.AddAfter(root, new PathwayNode(prefix + "r" + (i + 1).ToString(CultureInfo.InvariantCulture), PathwayNodeKind.Step, Text(referral.ServiceName), referral.Attendee)
            {
                Status = StatusOf(referral.State),

                // Who does what: the partner organisation provides, the client attends.
                Provider = referral.ProviderName ?? referral.Provider.Value,
            });
        }

        return AddOptions(pathway, intervention, prefix, root, client, counsellor);
    }

    private static SharedPathway AddOptions(SharedPathway pathway, Intervention intervention, string prefix, string root, Actor client, Actor counsellor)
    {
        // The latest known status of each option, in the order the options first appear; an option waiting for
        // decisions from outside takes the status they give it.
        var labels = new List<string>();
        var latest = new Dictionary<string, OptionFact>(StringComparer.Ordinal);
        foreach (var evt in intervention.History)
        {
            if (evt is OptionRecorded { Fact: { IsDefault: false } fact })
            {
                if (!latest.TryGetValue(fact.Label, out var known))
                {
                    labels.Add(fact.Label);
                    latest[fact.Label] = fact;
                }
                else if (fact.KnownAt >= known.KnownAt)
                {
                    latest[fact.Label] = fact;
                }
            }
            else if (evt is OptionAdded added && !latest.ContainsKey(added.Label))
            {
                // An option added to the plan shows from then on, explored until its status or its decisions say more;
                // the client pursues it, whoever wrote it down.
                labels.Add(added.Label);
                latest[added.Label] = new OptionFact(added.Label, OptionStatus.Explored, added.At, ActorKind.Client);
            }
            else if (evt is DecisionAwaited or AwaitedDecisionReceived && intervention.FindOption(LabelOf(evt)) is { } option)
            {
                // The option as its decisions leave it, by whoever recorded its status before.
                var recorded = latest.TryGetValue(option.Label, out var earlier);
                var settled = option.ToFact(option.StatusKnownAt, recorded ? earlier.Source : ActorKind.Client);
                if (!recorded)
                {
                    labels.Add(option.Label);
                }

                if (!recorded || settled.KnownAt >= earlier.KnownAt)
                {
                    latest[option.Label] = settled;
                }
            }
        }

        if (labels.Count == 0)
        {
            return pathway;
        }

        var decision = prefix + "decision";
        var anyDone = false;
        var allEnded = true;
        foreach (var label in labels)
        {
            anyDone |= latest[label].Status == OptionStatus.Succeeded;
            allEnded &= OptionStatuses.IsResolved(latest[label].Status);
        }

        pathway = pathway.AddAfter(root, new PathwayNode(decision, PathwayNodeKind.Decision, string.Join(" / ", labels), client)
        {
            Status = anyDone ? PathwayNodeStatus.Done : allEnded ? PathwayNodeStatus.Abandoned : PathwayNodeStatus.InProgress,
        });
        for (var i = 0; i < labels.Count; i++)
        {
            var fact = latest[labels[i]];
            var key = prefix + "p" + (i + 1).ToString(CultureInfo.InvariantCulture);
            pathway = pathway.AddAfter(decision, new PathwayNode(key, PathwayNodeKind.Option, fact.Label, fact.Source == ActorKind.Counsellor ? counsellor : client)
            {
                Status = StatusOf(fact.Status),
                ExpectedBy = fact.ExpectedBy,
            });
            if (intervention.FindOption(fact.Label) is { } option)
            {
                pathway = AddAwaitedDecisions(pathway, option, key, client);
            }
        }

        return pathway;
    }

    /// <summary>Where the answer to a decision an option waits for puts it on the pathway: waiting, done when accepted, dropped when refused.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The node's status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is <see langword="null"/>.</exception>
    public static PathwayNodeStatus StatusOf(AwaitedDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome switch
        {
            null => PathwayNodeStatus.Waiting,
            OptionStatus.Succeeded => PathwayNodeStatus.Done,
            _ => PathwayNodeStatus.Abandoned,
        };
    }

    /// <summary>A decision node after its option for each decision from outside it waits or waited for: the client waits for it.</summary>
    private static SharedPathway AddAwaitedDecisions(SharedPathway pathway, PlanOption option, string optionKey, Actor client)
    {
        foreach (var decision in option.Decisions)
        {
            pathway = pathway.AddAfter(optionKey, new PathwayNode(optionKey + "-d" + decision.Number.ToString(CultureInfo.InvariantCulture), PathwayNodeKind.Decision, Text(decision.Label), client)
            {
                Status = StatusOf(decision),
                ExpectedBy = decision.IsReceived ? null : decision.ExpectedOn,
            });
        }

        return pathway;
    }

    private static string? LabelOf(InterventionEvent evt) => evt switch
    {
        DecisionAwaited awaited => awaited.Option,
        AwaitedDecisionReceived received => received.Option,
        _ => null,
    };

    private static string Text(string? words) => string.IsNullOrWhiteSpace(words) ? Blank : words;
}
