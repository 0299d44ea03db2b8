using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text.Unicode;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>Generated texts around the limits: visible letters, white space, invisible format and control characters, paired and lone surrogates.</summary>
public static class BoundsArbitraries
{
    private static readonly string[] Pieces = ["a", "é", "Z", " ", "\t", "\n", "\u200B", "\uFEFF", "\0", "\u2060", "\u00AD", "🎵", "\uD800", "\uDC00"];

    public static Arbitrary<string> Texts()
    {
        var length = Gen.Frequency(
            (3, Gen.Choose(0, 12)),
            (2, Gen.Choose(TextLimits.Label - 3, TextLimits.Label + 3)),
            (2, Gen.Choose(TextLimits.FreeText - 3, TextLimits.FreeText + 3)));
        var gen = from n in length
                  from filler in Gen.Elements(Pieces)
                  from sprinkled in Gen.ArrayOf(Gen.Elements(Pieces), 4)
                  from at in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 4)
                  select Build(n, filler, sprinkled, at);
        return Arb.From(gen);
    }

    private static string Build(int length, string filler, string[] sprinkled, int[] at)
    {
        var chars = string.Concat(Enumerable.Repeat(filler, length)).ToCharArray(0, Math.Min(length, filler.Length * length));
        for (var i = 0; i < sprinkled.Length && chars.Length > 0; i++)
        {
            chars[at[i] % chars.Length] = sprinkled[i][0];
        }

        return new string(chars);
    }
}

/// <summary>Every text is accepted exactly when it fits its limit, is valid Unicode and, where required, shows something.</summary>
public sealed class BoundsProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(BoundsArbitraries) })]
    public bool ASessionOutcome_IsAccepted_ExactlyWhenItsSummaryShowsSomething_FitsAndIsValidUnicode(string text)
        => Accepted(() => new SessionOutcome(SessionOutcomeKind.Proposal, text)) == (Visible(text) && text.Length <= TextLimits.FreeText && Valid(text));

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(BoundsArbitraries) })]
    public bool APlanAction_IsAccepted_ExactlyWhenWhatShowsSomething_FitsALabelAndIsValidUnicode(string text)
        => Accepted(() => new PlanAction(PlanActionId.New(), text, Actor.Client(ClientId.New()), SessionId.New()))
           == (Visible(text) && text.Length <= TextLimits.Label && Valid(text));

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(BoundsArbitraries) })]
    public bool ABarrierDescription_MayBeBlank_ButIsAccepted_ExactlyWhenItFitsAndIsValidUnicode(string text)
        => Accepted(() => new Barrier(BarrierId.New(), BarrierCategory.Finances) { Description = text }) == (text.Length <= TextLimits.FreeText && Valid(text));

    private static bool Accepted(Action build)
    {
        try
        {
            build();
            return true;
        }
        catch (ArgumentException e) when (ArgumentReason.TryGet(e, out var reason) && reason.Code is "text.too-long" or "text.invalid-unicode" or "argument.blank")
        {
            return false;
        }
    }

    private static bool Visible(string text)
        => text.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format);

    private static bool Valid(string text)
        => Utf8.FromUtf16(text, new byte[text.Length * 3 + 1], out _, out _, replaceInvalidSequences: false) == OperationStatus.Done;
}
