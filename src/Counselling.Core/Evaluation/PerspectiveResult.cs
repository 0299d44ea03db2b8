using System;
using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Evaluation;

/// <summary>The verdict from one point of view, with its reasons; no verdict when that point of view was not given (no judgement recorded, no objective set).</summary>
public sealed class PerspectiveResult
{
    /// <summary>Initializes a new point of view: the engine makes them; a UI team may make its own to test its screens.</summary>
    /// <param name="perspective">The point of view.</param>
    /// <param name="verdict">Its verdict, or <see langword="null"/> when it was not given.</param>
    /// <param name="reasons">Its reasons, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perspective"/> or <paramref name="verdict"/> is undefined.</exception>
    public PerspectiveResult(EvaluationPerspective perspective, Verdict? verdict, IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Perspective = Guard.Defined(perspective);
        Verdict = verdict is { } v ? Guard.Defined(v, nameof(verdict)) : null;
        ReportGuard.Check(reasons.Count > 0, nameof(reasons), "Every point of view carries at least one reason.");
        Reasons = reasons;
    }

    /// <summary>Gets the point of view.</summary>
    public EvaluationPerspective Perspective { get; }

    /// <summary>Gets its verdict, or <see langword="null"/> when it was not given.</summary>
    public Verdict? Verdict { get; }

    /// <summary>Gets its reasons; at least one.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Returns the point of view and its verdict: never personal data.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => Perspective + ": " + (Verdict?.ToString() ?? "not given");
}
