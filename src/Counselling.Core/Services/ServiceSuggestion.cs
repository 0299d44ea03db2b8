using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>A service suggested for a client, its rank score and every reason it was suggested.</summary>
/// <param name="Service">The service.</param>
/// <param name="Score">The score it was ranked by (higher first); see <see cref="ServiceSuggester"/> for how it is made.</param>
/// <param name="Reasons">Why it was suggested: the barriers and life domains it addresses, whether the agency provides it.</param>
public sealed record ServiceSuggestion(Service Service, int Score, IReadOnlyList<Reason> Reasons);
