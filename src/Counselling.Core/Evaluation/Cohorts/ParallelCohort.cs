using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>Runs a cohort over several threads, one accumulator per thread, merged under a lock at the end; each record keeps its position in the input.</summary>
internal static class ParallelCohort
{
    public static void Run<TKey>(
        IEnumerable<CaseRecord> records,
        int maxDegreeOfParallelism,
        Func<CohortAccumulator<TKey>> create,
        Action<CohortAccumulator<TKey>, CaseRecord, long> add,
        CohortAccumulator<TKey> total)
        where TKey : notnull
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var gate = new object();
        void Merge(CohortAccumulator<TKey> local)
        {
            lock (gate)
            {
                total.Merge(local);
            }
        }

        if (records is IReadOnlyList<CaseRecord> list)
        {
            if (list.Count == 0)
            {
                return;
            }

            var chunk = Math.Max(1024, list.Count / (Environment.ProcessorCount * 8));
            Parallel.ForEach(
                Partitioner.Create(0, list.Count, chunk),
                options,
                create,
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        RecordPrefetch.Ahead(list, i);
                        add(local, list[i], i);
                    }

                    return local;
                },
                Merge);
            return;
        }

        Parallel.ForEach(
            Partitioner.Create(records),
            options,
            create,
            (record, _, index, local) =>
            {
                add(local, record, index);
                return local;
            },
            Merge);
    }
}
