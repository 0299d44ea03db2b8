using System;

namespace Counselling.Core.Evidence;

/// <summary>A fact as a case record keeps it, naming another fact of the record by its place rather than by an identifier.</summary>
/// <typeparam name="TFact">The public fact it stands for.</typeparam>
/// <typeparam name="TNamed">The kind of fact it names by place.</typeparam>
internal interface ICompactFact<TFact, TNamed>
{
    /// <summary>The public form, the identifier read from the facts the place refers to.</summary>
    /// <param name="named">The record's facts the place refers to.</param>
    /// <returns>The public fact.</returns>
    TFact ToFact(ReadOnlySpan<TNamed> named);
}
