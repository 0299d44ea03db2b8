using System.Collections.Immutable;

namespace Counselling.Core.Common;

/// <summary>A template as written and as parsed once, when the catalogue is built.</summary>
internal sealed record CompiledTemplate(string Text, ImmutableArray<TemplateNode> Nodes);
