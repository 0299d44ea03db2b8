using System;

namespace Counselling.Core.Evidence;

/// <summary>
/// Kinds of evidence a case record may hold. A record built from an export names the kinds the export does not carry,
/// or left blank for that case (<see cref="CaseRecordBuilder.NotRecorded"/>): criteria reading them answer
/// <see cref="Evaluation.CriterionStatus.NoEvidence"/> (unknown) unless what is recorded already meets them.
/// </summary>
[Flags]
public enum EvidenceKinds
{
    /// <summary>No kind: everything the record could hold was recorded.</summary>
    None = 0,

    /// <summary>Sessions one by one (planned, held, missed, with their outcomes).</summary>
    Sessions = 1,

    /// <summary>Objectives agreed.</summary>
    Objectives = 2,

    /// <summary>Indicator readings of objectives.</summary>
    Readings = 4,

    /// <summary>Between-session actions.</summary>
    Actions = 8,

    /// <summary>Decisions made.</summary>
    Decisions = 16,

    /// <summary>Options (plan A, plan B).</summary>
    Options = 32,

    /// <summary>The client's situations, during the intervention and at follow-ups.</summary>
    Situations = 64,

    /// <summary>Courses entered.</summary>
    Courses = 128,

    /// <summary>Satisfaction answers (with would come back, would recommend).</summary>
    Satisfaction = 256,

    /// <summary>Autonomy readings.</summary>
    Autonomy = 512,

    /// <summary>The questions the client came with.</summary>
    InitialQuestions = 1024,
}
