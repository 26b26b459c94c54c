using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>A sphere of public tasks (UDPP art. 4 ust. 1) an organisation works in.</summary>
internal sealed class OrganisationSphere : IAudited
{
    public OrganisationSphere(Guid organisationId, string sphereCode)
    {
        OrganisationId = organisationId;
        SphereCode = sphereCode;
    }

    public Guid OrganisationId { get; private set; }
    public string SphereCode { get; private set; }
}
