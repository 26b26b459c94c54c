namespace Civitas.Organisations.Contracts;

/// <summary>
/// A section another module adds to the public profile page of an organisation (ARCHITECTURE.md §2
/// rule 7). Register one per section: <c>services.AddSingleton(new OrganisationProfileSection("GrantsReceived", 100))</c>.
/// The profile page invokes the view component named <see cref="ViewComponentName"/> with the
/// argument <c>organisationId</c> (Guid); a component that renders nothing is left out of the page.
/// The component renders its own heading (h2) and content.
/// </summary>
/// <param name="ViewComponentName">Name of the view component (owned by the contributing module).</param>
/// <param name="Order">Position on the page; lower comes first.</param>
public sealed record OrganisationProfileSection(string ViewComponentName, int Order);
