namespace Counselling.Core.Periservice;

/// <summary>How a touchpoint reaches the client. SMS and email are digital; a client without digital access gets a phone call or a letter.</summary>
public enum TouchpointChannel
{
    /// <summary>An email (digital).</summary>
    Email = 1,

    /// <summary>A text message (digital).</summary>
    Sms = 2,

    /// <summary>A phone call.</summary>
    Phone = 3,

    /// <summary>A letter by post.</summary>
    Letter = 4,
}
