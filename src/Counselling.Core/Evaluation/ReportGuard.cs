using System;

namespace Counselling.Core.Evaluation;

/// <summary>Argument checks for the report types a host may build itself.</summary>
internal static class ReportGuard
{
    public static void Check(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }
}
