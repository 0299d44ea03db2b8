using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Research.Disclosure;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// The groups whose value a per-case file leaves blank: those with fewer cases than a small-cell rule's threshold, whose
/// value (a site, a counsellor, a month) could point to the few people in them. Built from the counts of a first pass
/// over the file (<see cref="CohortTable.Groups"/>), then given to <see cref="CaseResultWriter.Suppression"/>.
/// Immutable.
/// </summary>
/// <remarks><see cref="ToString"/> names no group: it gives the counts only.</remarks>
public sealed class GroupSuppression
{
    private readonly HashSet<string> _suppressed;

    private GroupSuppression(SmallCellRule rule, HashSet<string> suppressed, long cases)
    {
        Rule = rule;
        _suppressed = suppressed;
        CasesSuppressed = cases;
    }

    /// <summary>Gets the rule whose threshold a group must reach to keep its value.</summary>
    public SmallCellRule Rule { get; }

    /// <summary>Gets how many groups have their value left blank.</summary>
    public int GroupsSuppressed => _suppressed.Count;

    /// <summary>Gets how many cases have their group left blank.</summary>
    public long CasesSuppressed { get; }

    /// <summary>Finds the groups of fewer cases than the rule's threshold.</summary>
    /// <param name="rule">The small-cell rule.</param>
    /// <param name="groups">Every group of the file with its number of cases, such as <see cref="CohortTable.Groups"/> after a first pass.</param>
    /// <returns>The suppression.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public static GroupSuppression Of(SmallCellRule rule, IEnumerable<GroupCounts> groups)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(groups);
        var suppressed = new HashSet<string>(StringComparer.Ordinal);
        long cases = 0;
        foreach (var group in groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            if (group.Key is { } key && group.Cases < rule.Threshold)
            {
                suppressed.Add(key);
                cases += group.Cases;
            }
        }

        return new GroupSuppression(rule, suppressed, cases);
    }

    /// <summary>Gets whether a case of this group has its group left blank.</summary>
    /// <param name="group">The case's group, <see langword="null"/> when it has none.</param>
    /// <returns><see langword="true"/> for a group of fewer cases than the threshold.</returns>
    public bool IsSuppressed(string? group) => group is not null && _suppressed.Contains(group);

    /// <summary>States the rule and what it did, to print beside the file (English, or French for any <c>fr</c> culture).</summary>
    /// <param name="culture">The culture of the text.</param>
    /// <returns>The text, such as "The group is left blank for the cases of groups of fewer than 5 cases (2 groups, 7 cases)."</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var t = Rule.Threshold;
        var n = GroupsSuppressed;
        return culture.TwoLetterISOLanguageName == "fr"
            ? string.Create(culture, $"Le groupe est laissé vide pour les dossiers des groupes de moins de {t} dossiers ({n} {(n > 1 ? "groupes" : "groupe")}, {CasesSuppressed} {(CasesSuppressed > 1 ? "dossiers" : "dossier")}).")
            : string.Create(CultureInfo.InvariantCulture, $"The group is left blank for the cases of groups of fewer than {t} cases ({n} {(n == 1 ? "group" : "groups")}, {CasesSuppressed} {(CasesSuppressed == 1 ? "case" : "cases")}).");
    }

    /// <summary>Returns the English statement (counts only, no group named).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
