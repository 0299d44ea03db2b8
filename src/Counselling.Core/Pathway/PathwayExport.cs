using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Counselling.Core.Common;

namespace Counselling.Core.Pathway;

/// <summary>
/// Writes a <see cref="SharedPathway"/> for people to look at: a Mermaid flowchart, a Graphviz DOT graph, or plain data
/// for a screen. Kinds, who does what (the owner; for a step a partner provides, who attends and who provides) and statuses are written in the culture asked (French cultures get French, others
/// English); the nodes' text is written as it was entered.
/// </summary>
/// <remarks>Pure and thread-safe. Node keys become <c>n0</c>, <c>n1</c>… in the diagrams, so no key can break their syntax.</remarks>
public static class PathwayExport
{
    /// <summary>Lists the nodes as plain data for a screen, in order, with their labels in a culture.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="culture">The culture of the labels.</param>
    /// <returns>One row per node.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<PathwayViewNode> ToView(SharedPathway pathway, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(culture);
        var catalog = MessageCatalog.Default;
        var rows = new List<PathwayViewNode>(pathway.Nodes.Length);
        foreach (var node in pathway.Nodes)
        {
            var next = new List<string>();
            foreach (var link in pathway.Links)
            {
                if (link.From == node.Key)
                {
                    next.Add(link.To);
                }
            }

            var owner = OwnerLabel(node.Owner, culture);
            rows.Add(new PathwayViewNode(
                node.Key,
                node.Kind,
                catalog.FormatValue(node.Kind, culture),
                node.Text,
                node.Owner.Kind,
                owner,
                node.Status,
                catalog.FormatValue(node.Status, culture),
                node.ExpectedBy,
                next)
            {
                Provider = node.Provider,
                WhoDoesWhat = node.Provider is { } provider
                    ? catalog.Format(new Reason("pathway.attends", new ReasonArgument("owner", owner)), culture) + " · "
                      + catalog.Format(new Reason("pathway.provided-by", new ReasonArgument("provider", provider)), culture)
                    : owner,
            });
        }

        return rows;
    }

    /// <summary>Writes the pathway as a Mermaid flowchart, top to bottom: key questions as hexagons, decisions as rhombi, options as stadiums, steps as boxes; each labelled with who does it and where it stands.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="culture">The culture of the labels.</param>
    /// <returns>The Mermaid text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToMermaid(SharedPathway pathway, CultureInfo culture)
    {
        var rows = ToView(pathway, culture);
        var text = new StringBuilder("flowchart TD\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = Escape(row.Text, mermaid: true) + "<br/><i>" + Escape(Caption(row, culture), mermaid: true) + "</i>";
            var (open, close) = row.Kind switch
            {
                PathwayNodeKind.KeyQuestion => ("{{\"", "\"}}"),
                PathwayNodeKind.Decision => ("{\"", "\"}"),
                PathwayNodeKind.Option => ("([\"", "\"])"),
                _ => ("[\"", "\"]"),
            };
            text.Append(CultureInfo.InvariantCulture, $"    n{i}{open}{label}{close}:::{StatusClass(row.Status)}\n");
        }

        foreach (var link in pathway.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"    n{pathway.IndexOf(link.From)} --> n{pathway.IndexOf(link.To)}\n");
        }

        text.Append("    classDef open fill:#ffffff,stroke:#555555\n")
            .Append("    classDef inprogress fill:#dbeafe,stroke:#1d4ed8\n")
            .Append("    classDef waiting fill:#fef3c7,stroke:#b45309\n")
            .Append("    classDef done fill:#dcfce7,stroke:#15803d\n")
            .Append("    classDef abandoned fill:#f3f4f6,stroke:#9ca3af,stroke-dasharray:4 3\n");
        return text.ToString();
    }

    /// <summary>Writes the pathway as a Graphviz DOT graph, with the same shapes and labels as <see cref="ToMermaid"/>.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="culture">The culture of the labels.</param>
    /// <returns>The DOT text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string ToDot(SharedPathway pathway, CultureInfo culture)
    {
        var rows = ToView(pathway, culture);
        var text = new StringBuilder("digraph pathway {\n    rankdir=TB;\n    node [fontname=\"Helvetica\"];\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var shape = row.Kind switch
            {
                PathwayNodeKind.KeyQuestion => "hexagon",
                PathwayNodeKind.Decision => "diamond",
                PathwayNodeKind.Option => "box, style=\"rounded,filled\"",
                _ => "box, style=filled",
            };
            var fill = row.Status switch
            {
                PathwayNodeStatus.InProgress => "#dbeafe",
                PathwayNodeStatus.Waiting => "#fef3c7",
                PathwayNodeStatus.Done => "#dcfce7",
                PathwayNodeStatus.Abandoned => "#f3f4f6",
                _ => "#ffffff",
            };
            var label = Escape(row.Text, mermaid: false) + "\\n" + Escape(Caption(row, culture), mermaid: false);
            text.Append(CultureInfo.InvariantCulture, $"    n{i} [label=\"{label}\", shape={shape}, fillcolor=\"{fill}\"];\n");
        }

        foreach (var link in pathway.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"    n{pathway.IndexOf(link.From)} -> n{pathway.IndexOf(link.To)};\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string OwnerLabel(Actor owner, CultureInfo culture)
    {
        var kind = MessageCatalog.Default.FormatValue(owner.Kind, culture);
        if (owner.Kind is not (ActorKind.Relative or ActorKind.System) || owner.Role is not { } role)
        {
            return kind;
        }

        // A third party by its role's name in the culture (proche (tante)), never its code.
        return kind + " (" + (ThirdPartyRoleCodes.TryParse(role, out var known) ? MessageCatalog.Default.FormatValue(known, culture) : role) + ")";
    }

    private static string Caption(PathwayViewNode row, CultureInfo culture)
    {
        var caption = row.WhoDoesWhat + " · " + row.StatusLabel;
        return row.ExpectedBy is { } date ? caption + " · " + MessageCatalog.Default.FormatValue(date, culture) : caption;
    }

    private static string StatusClass(PathwayNodeStatus status) => status.ToString().ToLowerInvariant();

    private static string Escape(string text, bool mermaid)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => mermaid ? "#quot;" : "\\\"",
                '\\' => mermaid ? "\\" : "\\\\",
                '<' => mermaid ? "#lt;" : "<",
                '>' => mermaid ? "#gt;" : ">",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
