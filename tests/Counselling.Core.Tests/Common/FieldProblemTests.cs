using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

using static Counselling.Core.Tests.Objectives.ObjectiveExamples;

namespace Counselling.Core.Tests.Common;

/// <summary>A screen shows a case record's problems and an objective's SMART failures with the same code.</summary>
public sealed class FieldProblemTests
{
    private static readonly Instant Opened = Instant.FromUtc(2024, 1, 8, 9, 0);

    // What a UI team writes once: the field to highlight and the sentence to show, in the user's language.
    private static List<(string Field, string Code, string Text)> Show(IEnumerable<FieldProblem> problems, string culture)
        => [.. problems.Select(p => (p.Field, p.Code, MessageCatalog.Default.Format(p.Reason, CultureInfo.GetCultureInfo(culture))))];

    [Fact]
    public void CaseRecordProblemsAndSmartFailures_AreShownThroughOneShape_InFrenchAndEnglish()
    {
        var record = new CaseRecordBuilder("AG1-0004", "career-choice", Opened, DateTimeZone.Utc)
            .Add(new SituationFact(SituationKind.Employed, Opened + Duration.FromDays(200), ActorKind.Client, monthsAfterClosure: 3));
        var smart = Validator().Validate(Vague());

        FieldProblem[] problems = [.. record.Validate().Problems, .. smart.Failures];
        var english = Show(problems, "en");
        var french = Show(problems, "fr");

        Assert.Equal(1 + smart.Failures.Count, english.Count);
        Assert.Equal(("situations[0].MonthsAfterClosure", "case-record.follow-up-while-open"), (english[0].Field, english[0].Code));
        Assert.Equal(smart.Failures.Select(f => f.Field), english.Skip(1).Select(p => p.Field));
        Assert.Equal(english.Select(p => p.Code), french.Select(p => p.Code));
        Assert.All(english.Zip(french), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
        Assert.All(problems, p => Assert.Equal(p.Field + ": " + p.Code, p.ToString()));
    }
}
