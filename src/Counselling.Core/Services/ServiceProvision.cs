namespace Counselling.Core.Services;

/// <summary>Who provides a service: the agency itself or a partner outside it.</summary>
public enum ServiceProvision
{
    /// <summary>A service of the agency itself (a workshop, a mobilisation path).</summary>
    Internal = 1,

    /// <summary>A partner's service (a language platform, transport help, a doctor, a qualifying centre).</summary>
    External = 2,
}
