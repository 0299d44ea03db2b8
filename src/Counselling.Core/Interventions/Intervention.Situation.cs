using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Situation;

namespace Counselling.Core.Interventions;

/// <content>
/// The global situation and the client's autonomy, assessed with the client all along the accompaniment. The diagnosis
/// is shared once the situation was assessed and every gap between the client's view and the counsellor's was talked
/// over; the intake is completed once autonomy was assessed at intake. Autonomy assessments are the evaluation's
/// autonomy evidence: <see cref="Evaluation.CaseRecordProjection.ToCaseRecord"/> reads them from the history.
/// </content>
public sealed partial class Intervention
{
    private readonly List<SituationAssessment> _situations = [];
    private readonly List<AutonomyAssessment> _autonomy = [];

    /// <summary>Gets the latest assessment of the client's global situation, or <see langword="null"/> before the first.</summary>
    public SituationAssessment? Situation => _situations.Count == 0 ? null : _situations[^1];

    /// <summary>Gets every assessment of the global situation, in the order they were recorded.</summary>
    public IReadOnlyList<SituationAssessment> SituationAssessments => _situations.AsReadOnly();

    /// <summary>Gets every assessment of the client's autonomy, in the order they were recorded, all on one scale.</summary>
    public IReadOnlyList<AutonomyAssessment> AutonomyAssessments => _autonomy.AsReadOnly();

    internal bool AutonomyAssessedAtIntake { get; private set; }

    internal bool AutonomyAssessedAtClosure { get; private set; }

    /// <summary>The scale of the autonomy assessments, once one was recorded.</summary>
    internal AutonomyScale? AutonomyScale => _autonomy.Count == 0 ? null : _autonomy[0].Scale;

    /// <summary>
    /// Records an assessment of the client's global situation, made with the client: for each life domain the client's
    /// view, the counsellor's view and what they agreed (the aspiring sound engineer who has never touched a mixing desk:
    /// the gap is negotiated, not imposed).
    /// </summary>
    /// <param name="assessment">The assessment, made between the opening and now, with at least one view.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>situation.nothing-assessed</c>, <c>assessment.in-future</c>…).
    /// </exception>
    public void AssessSituation(SituationAssessment assessment, Actor by)
    {
        Guard.Known(by);
        var context = AssessSituationContext(assessment);
        Execute(in context, new SituationAssessed(assessment, context.Now, by));
    }

    /// <summary>Says whether an assessment of the global situation may be recorded now, and if not why.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    public Permission CanAssessSituation(SituationAssessment assessment)
        => Evaluate(AssessSituationContext(assessment));

    /// <summary>
    /// Records an assessment of the client's autonomy, at intake, along the way or at closure, with the mode of help agreed
    /// for the next steps (the counsellor does for the client, does with him, or the client acts alone).
    /// </summary>
    /// <param name="assessment">The assessment, made between the opening and now, on the scale of the earlier ones.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>autonomy.other-scale</c>, <c>assessment.in-future</c>…).
    /// </exception>
    public void AssessAutonomy(AutonomyAssessment assessment, Actor by)
    {
        Guard.Known(by);
        var context = AssessAutonomyContext(assessment);
        Execute(in context, new AutonomyAssessed(assessment, context.Now, by));
    }

    /// <summary>Says whether an assessment of the client's autonomy may be recorded now, and if not why.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> is the default value.</exception>
    public Permission CanAssessAutonomy(AutonomyAssessment assessment)
        => Evaluate(AssessAutonomyContext(assessment));

    private SituationInput AssessSituationContext(SituationAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new SituationInput(_clock.GetCurrentInstant(), false, assessment);
    }

    private AutonomyInput AssessAutonomyContext(AutonomyAssessment assessment)
    {
        if (assessment.IsDefault)
        {
            throw new ArgumentException("An autonomy assessment is built with its constructor: the default value assesses nothing.", nameof(assessment));
        }

        return new AutonomyInput(_clock.GetCurrentInstant(), false, assessment);
    }

}
