using System;
using System.Collections.Immutable;

namespace Counselling.Core.Objectives;

/// <summary>Helpers that give immutable arrays held by records an equality that means something.</summary>
internal static class ValueSequences
{
    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        => left.AsSpan().SequenceEqual(right.AsSpan());

    public static void AddTo<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
