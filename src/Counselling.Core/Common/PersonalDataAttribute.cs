using System;

namespace Counselling.Core.Common;

/// <summary>
/// Marks a property that holds personal free text: the client's or the counsellor's words about the client (a session's
/// outcome, an objective's statement, a barrier's description…). Such a text never appears in <c>ToString()</c>,
/// exception messages or logs, and <see cref="Interventions.PersonalDataEraser"/> replaces it with a tombstone when a
/// client's data is erased. Every other text of the model is a code (a programme, a role, a zone), listed in
/// <c>docs/privacy.md</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
}
