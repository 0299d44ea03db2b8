using System;

namespace Counselling.Research.Files;

/// <summary>
/// The evidence columns of a <see cref="CohortRow"/> that the file left blank (an empty cell, a missing key or JSON
/// <c>null</c>): not recorded, so the criteria reading them stay unknown instead of failed. A column not named here was
/// recorded: a date or a score left <see langword="null"/> there, or a count of 0, means that nothing happened (the file
/// wrote <c>none</c> or <c>0</c>).
/// </summary>
[Flags]
public enum CohortBlanks
{
    /// <summary>Every evidence column was filled.</summary>
    None = 0,

    /// <summary><see cref="CohortColumns.SessionsPlanned"/> was blank.</summary>
    SessionsPlanned = 1,

    /// <summary><see cref="CohortColumns.SessionsHeld"/> was blank.</summary>
    SessionsHeld = 2,

    /// <summary><see cref="CohortColumns.SessionsWithOutcome"/> was blank.</summary>
    SessionsWithOutcome = 4,

    /// <summary><see cref="CohortColumns.ActionsAgreed"/> was blank.</summary>
    ActionsAgreed = 8,

    /// <summary><see cref="CohortColumns.ActionsDone"/> was blank.</summary>
    ActionsDone = 16,

    /// <summary><see cref="CohortColumns.DecisionOn"/> was blank.</summary>
    DecisionOn = 32,

    /// <summary><see cref="CohortColumns.EmploymentOrTrainingOn"/> was blank.</summary>
    EmploymentOrTrainingOn = 64,

    /// <summary><see cref="CohortColumns.Satisfaction"/> was blank.</summary>
    Satisfaction = 128,

    /// <summary><see cref="CohortColumns.WouldRecommend"/> was blank.</summary>
    WouldRecommend = 256,

    /// <summary><see cref="CohortColumns.AutonomyAtIntake"/> was blank.</summary>
    AutonomyAtIntake = 512,

    /// <summary><see cref="CohortColumns.AutonomyAtClosure"/> was blank.</summary>
    AutonomyAtClosure = 1024,

    /// <summary>Every evidence column was blank: nothing but the case's frame (ids, programme, dates) is known.</summary>
    All = 2047,
}
