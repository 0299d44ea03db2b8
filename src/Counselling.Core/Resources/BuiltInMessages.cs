using System.Collections.Generic;
using System.Linq;

namespace Counselling.Core.Resources;

/// <summary>Every built-in message table, one per capability.</summary>
internal static class BuiltInMessages
{
    public static IEnumerable<MessageTemplate> All =>
        CommonMessages.All
            .Concat(LifecycleMessages.All)
            .Concat(ObjectivesMessages.All)
            .Concat(EvaluationMessages.All)
            .Concat(TrustMessages.All);
}
