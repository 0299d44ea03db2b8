using System.Collections.Immutable;

namespace Counselling.Core.Common;

/// <summary>One branch of a plural or a select: its key (<c>=0</c>, <c>one</c>, <c>other</c>, an enum member's name) and its nodes.</summary>
internal readonly record struct TemplateBranch(string Key, ImmutableArray<TemplateNode> Nodes);
