namespace Counselling.Core.Situation;

/// <summary>
/// How the counsellor helps at a step, from doing for the client to letting the client act alone: with a client of low
/// autonomy the counsellor acts with him, contacts partners himself ("some we teach to fish, to others we give the fish").
/// </summary>
public enum HelpMode
{
    /// <summary>The counsellor does it for the client (calls the partner, fills in the form).</summary>
    DoesFor = 1,

    /// <summary>The counsellor does it with the client, side by side.</summary>
    DoesWith = 2,

    /// <summary>The client does it alone; the counsellor checks afterwards if needed.</summary>
    ClientAlone = 3,
}
