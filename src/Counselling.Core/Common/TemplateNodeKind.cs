namespace Counselling.Core.Common;

/// <summary>The kinds of <see cref="TemplateNode"/>.</summary>
internal enum TemplateNodeKind
{
    /// <summary>Literal text.</summary>
    Text,

    /// <summary>An argument's value.</summary>
    Argument,

    /// <summary>The number of the enclosing plural.</summary>
    Number,

    /// <summary>A branch chosen by a number's plural category.</summary>
    Plural,

    /// <summary>A branch chosen by a value's key.</summary>
    Select,
}
