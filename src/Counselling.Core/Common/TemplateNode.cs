using System.Collections.Immutable;

namespace Counselling.Core.Common;

/// <summary>One piece of a parsed message template: text, an argument, the number of a plural (<c>#</c>), a plural or a select.</summary>
internal sealed class TemplateNode
{
    private TemplateNode(TemplateNodeKind kind, string? text, string? name, ImmutableArray<TemplateBranch> branches)
    {
        Kind = kind;
        Literal = text;
        Name = name;
        Branches = branches;
    }

    public static TemplateNode Number { get; } = new(TemplateNodeKind.Number, null, null, []);

    public TemplateNodeKind Kind { get; }

    public string? Literal { get; }

    public string? Name { get; }

    public ImmutableArray<TemplateBranch> Branches { get; }

    public static TemplateNode Text(string text) => new(TemplateNodeKind.Text, text, null, []);

    public static TemplateNode Argument(string name) => new(TemplateNodeKind.Argument, null, name, []);

    public static TemplateNode Plural(string name, ImmutableArray<TemplateBranch> branches) => new(TemplateNodeKind.Plural, null, name, branches);

    public static TemplateNode Select(string name, ImmutableArray<TemplateBranch> branches) => new(TemplateNodeKind.Select, null, name, branches);
}
