using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// The projection tells whether the intervention holds a session by trying first the few sessions from the last one
/// found, then the intervention's index: whatever the order of the questions, the answer must be the plain search's.
/// </summary>
public sealed class HeldSessionsProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LongHistoryArbitraries) })]
    public void HeldSessions_AnswersAsThePlainSearch_InAnyOrder(LongRun run, int[] moves)
    {
        var intervention = LongHistoryArbitraries.Record(new TestWorld(), run);
        var sessions = intervention.Sessions.Select(s => s.Id).ToArray();
        var held = new CaseRecordProjection.HeldSessions(intervention);
        var position = 0;
        foreach (var move in moves ?? [])
        {
            // Mostly forward by a few sessions, now and then back or far ahead, and one question in seven about a
            // session the intervention never held.
            position += (move % 40) - 8;
            var id = move % 7 == 0 || sessions.Length == 0 ? SessionId.New() : sessions[((position % sessions.Length) + sessions.Length) % sessions.Length];
            Assert.Equal(sessions.Contains(id), held.Holds(id));
        }
    }
}
