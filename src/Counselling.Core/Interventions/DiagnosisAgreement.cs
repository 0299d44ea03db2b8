using System;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>
/// What the client and the counsellor agreed when they shared the diagnosis: the client's view of the situation, the
/// counsellor's, and the reading they settled on together after negotiating (aspirations against what can be offered).
/// </summary>
/// <remarks>The texts are the client's and counsellor's words: they never appear in <see cref="ToString"/> or in exception messages.</remarks>
public sealed record DiagnosisAgreement
{
    /// <summary>Initializes what was agreed.</summary>
    /// <param name="clientView">How the client sees the situation and what they want.</param>
    /// <param name="counsellorView">How the counsellor sees it.</param>
    /// <param name="agreed">The reading they agreed on, and the strategy it leads to.</param>
    /// <param name="client">The client who agreed.</param>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A text shows nothing, is longer than <see cref="TextLimits.FreeText"/> or is not valid Unicode, or <paramref name="client"/> is not a client.
    /// </exception>
    public DiagnosisAgreement(string clientView, string counsellorView, string agreed, Actor client)
    {
        ClientView = Bounds.Required(clientView, TextLimits.FreeText);
        CounsellorView = Bounds.Required(counsellorView, TextLimits.FreeText);
        Agreed = Bounds.Required(agreed, TextLimits.FreeText);
        Client = client.Kind == ActorKind.Client
            ? client
            : throw new ArgumentException("Only the client agrees to the shared diagnosis; a counsellor may record it on the client's behalf.", nameof(client));
    }

    /// <summary>Gets how the client sees the situation.</summary>
    [PersonalData]
    public string ClientView { get; }

    /// <summary>Gets how the counsellor sees the situation.</summary>
    [PersonalData]
    public string CounsellorView { get; }

    /// <summary>Gets the reading the client and the counsellor agreed on.</summary>
    [PersonalData]
    public string Agreed { get; }

    /// <summary>Gets the client who agreed.</summary>
    public Actor Client { get; }

    /// <summary>Returns a fixed label: never the words.</summary>
    /// <returns>The agreement as text.</returns>
    public override string ToString() => "diagnosis agreement (" + Client.Kind + ")";
}
