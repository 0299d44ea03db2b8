using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Counselling.Core.Common;

/// <summary>
/// Parses the message-template syntax of <see cref="MessageCatalog"/>, a small subset of ICU MessageFormat:
/// <list type="bullet">
/// <item><c>{name}</c>: the value of the argument <c>name</c>, formatted for the culture;</item>
/// <item><c>{name, plural, =0 {…} one {…} other {…}}</c>: a branch chosen by the number <c>name</c>, exact values
/// (<c>=0</c>) first, then its plural category (<c>one</c>, <c>other</c>); <c>#</c> in a branch writes the number;</item>
/// <item><c>{name, select, Key {…} other {…}}</c>: a branch chosen by the value's key (an enum member's name, a string,
/// <c>true</c>/<c>false</c>, <c>labelled</c>/<c>unlabelled</c> for an identifier), <c>other</c> otherwise.</item>
/// </list>
/// Branches may nest placeholders, plurals and selects. Braces are always syntax; there is no quoting.
/// </summary>
internal static class MessageTemplateSyntax
{
    /// <summary>Parses a template.</summary>
    /// <exception cref="FormatException">The template is malformed.</exception>
    public static ImmutableArray<TemplateNode> Parse(string template)
    {
        var position = 0;
        var nodes = ParseSequence(template, ref position, inPlural: false);
        if (position < template.Length)
        {
            throw new FormatException("Unbalanced '}' at position " + position + ".");
        }

        return nodes;
    }

    /// <summary>Gets the argument names a template reads, in any branch.</summary>
    public static SortedSet<string> ArgumentNames(ImmutableArray<TemplateNode> nodes)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(nodes, names);
        return names;
    }

    private static void Collect(ImmutableArray<TemplateNode> nodes, SortedSet<string> names)
    {
        foreach (var node in nodes)
        {
            if (node.Name is { } name)
            {
                names.Add(name);
            }

            foreach (var branch in node.Branches)
            {
                Collect(branch.Nodes, names);
            }
        }
    }

    private static ImmutableArray<TemplateNode> ParseSequence(string s, ref int i, bool inPlural)
    {
        var nodes = ImmutableArray.CreateBuilder<TemplateNode>();
        var text = new StringBuilder();
        while (i < s.Length && s[i] != '}')
        {
            var c = s[i];
            if (c == '{')
            {
                Flush(nodes, text);
                nodes.Add(ParsePlaceholder(s, ref i));
            }
            else if (c == '#' && inPlural)
            {
                Flush(nodes, text);
                nodes.Add(TemplateNode.Number);
                i++;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        Flush(nodes, text);
        return nodes.ToImmutable();
    }

    private static void Flush(ImmutableArray<TemplateNode>.Builder nodes, StringBuilder text)
    {
        if (text.Length > 0)
        {
            nodes.Add(TemplateNode.Text(text.ToString()));
            text.Clear();
        }
    }

    private static TemplateNode ParsePlaceholder(string s, ref int i)
    {
        i++; // '{'
        var name = ReadWord(s, ref i);
        if (name.Length == 0)
        {
            throw new FormatException("A placeholder needs a name at position " + i + ".");
        }

        SkipSpaces(s, ref i);
        if (i < s.Length && s[i] == '}')
        {
            i++;
            return TemplateNode.Argument(name);
        }

        Expect(s, ref i, ',');
        SkipSpaces(s, ref i);
        var kind = ReadWord(s, ref i);
        if (kind is not ("plural" or "select"))
        {
            throw new FormatException("Unknown placeholder kind '" + kind + "' for '" + name + "': use plural or select.");
        }

        SkipSpaces(s, ref i);
        Expect(s, ref i, ',');
        var branches = ImmutableArray.CreateBuilder<TemplateBranch>();
        while (true)
        {
            SkipSpaces(s, ref i);
            if (i >= s.Length)
            {
                throw new FormatException("The " + kind + " of '" + name + "' is not closed.");
            }

            if (s[i] == '}')
            {
                i++;
                break;
            }

            var key = ReadKey(s, ref i);
            SkipSpaces(s, ref i);
            Expect(s, ref i, '{');
            var body = ParseSequence(s, ref i, inPlural: kind == "plural");
            Expect(s, ref i, '}');
            branches.Add(new TemplateBranch(key, body));
        }

        var all = branches.ToImmutable();
        if (!all.Any(b => b.Key == "other"))
        {
            throw new FormatException("The " + kind + " of '" + name + "' needs an 'other' branch.");
        }

        return kind == "plural" ? TemplateNode.Plural(name, all) : TemplateNode.Select(name, all);
    }

    private static string ReadWord(string s, ref int i)
    {
        SkipSpaces(s, ref i);
        var start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '-' or '.'))
        {
            i++;
        }

        return s[start..i];
    }

    private static string ReadKey(string s, ref int i)
    {
        var start = i;
        if (i < s.Length && s[i] == '=')
        {
            i++;
        }

        var word = ReadWord(s, ref i);
        if (word.Length == 0)
        {
            throw new FormatException("A branch needs a key at position " + start + ".");
        }

        return s[start..i].Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c)
        {
            throw new FormatException("Expected '" + c + "' at position " + i + ".");
        }

        i++;
    }

    private static bool Any(this ImmutableArray<TemplateBranch> branches, Func<TemplateBranch, bool> predicate)
    {
        foreach (var b in branches)
        {
            if (predicate(b))
            {
                return true;
            }
        }

        return false;
    }
}
