namespace Counselling.Core.Common;

/// <summary>
/// The longest text each kind of field accepts, in UTF-16 code units (what <see cref="string.Length"/> counts). Every
/// text the aggregate and its value types accept is checked against one of these limits at entry, and the rebuild of a
/// stored history refuses the same: a longer text is refused with the code <c>text.too-long</c>, naming the field and
/// the limit, never the text.
/// </summary>
/// <remarks>
/// <para>Every accepted text must also be valid Unicode (a lone surrogate is refused with <c>text.invalid-unicode</c>,
/// where .NET would otherwise store it as U+FFFD), and a text that must not be empty must show something: a text of
/// only white space, zero-width or other format characters (<c>\u200B</c>, <c>\uFEFF</c>) or control characters
/// (<c>\0</c>) is blank (<c>argument.blank</c>).</para>
/// <list type="table">
/// <listheader><term>limit</term><description>fields</description></listheader>
/// <item><term><see cref="Code"/></term><description>codes: the programme's code, a system actor's component,
/// occupation schemes and codes, the codes of evidence facts (course, option label, initial question, counsellor
/// objective criterion, contribution), a case record's programme and site.</description></item>
/// <item><term><see cref="Label"/></term><description>short labels: an objective's steps and resources, an indicator's
/// measure and unit, the value a barrier is tied to, what a plan action is.</description></item>
/// <item><term><see cref="FreeText"/></term><description>free texts: a session outcome's summary, an objective's
/// statement and realism, a barrier's description, a desired benefit's texts.</description></item>
/// </list>
/// </remarks>
public static class TextLimits
{
    /// <summary>The longest code: 64 characters.</summary>
    public const int Code = 64;

    /// <summary>The longest short label: 200 characters.</summary>
    public const int Label = 200;

    /// <summary>The longest free text: 4,000 characters.</summary>
    public const int FreeText = 4000;
}
