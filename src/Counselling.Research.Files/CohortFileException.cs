using System;
using System.Globalization;

namespace Counselling.Research.Files;

/// <summary>A cohort file that cannot be read at all (a required column missing from the header), or a bad record in a strict run.</summary>
public sealed class CohortFileException : Exception
{
    /// <summary>Initializes a new exception for a problem.</summary>
    /// <param name="problem">What is wrong, and where.</param>
    public CohortFileException(CohortProblem problem)
        : base(problem.Describe(CultureInfo.InvariantCulture)) => Problem = problem;

    /// <summary>Gets what is wrong, and where.</summary>
    public CohortProblem Problem { get; }
}
