namespace Civitas.Bench.Organisations;

internal interface IWriter
{
    Task<Guid> TenantIdAsync(string slug);
    Task<long> NextListingIdAsync();
    Task<IReadOnlyList<string>> ExistingSlugsAsync();
    Task WriteAsync(Guid tenantId, IReadOnlyList<GeneratedOrganisation> organisations);
}
