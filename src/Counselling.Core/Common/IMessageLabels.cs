using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Counselling.Core.Common;

/// <summary>
/// Gives messages the words a host shows for an identifier: an objective's title, an action's summary, an interview's
/// date. <see cref="MessageCatalog.Format(Reason, CultureInfo, IMessageLabels?)"/> asks it for every identifier a
/// message names; an identifier without a label is left out of the sentence, never printed raw.
/// </summary>
/// <remarks>The library holds no such words (they are the client's data): the host looks them up where its access rules allow.</remarks>
public interface IMessageLabels
{
    /// <summary>Finds the label of an identifier.</summary>
    /// <param name="id">The identifier, such as an <see cref="ObjectiveId"/> or a <see cref="PlanActionId"/>.</param>
    /// <param name="culture">The culture the message is written in.</param>
    /// <param name="label">The label, such as <c>Find a work placement</c>.</param>
    /// <returns><see langword="true"/> if the host has a label for the identifier.</returns>
    bool TryGetLabel(IIdentifier id, CultureInfo culture, [NotNullWhen(true)] out string? label);
}
