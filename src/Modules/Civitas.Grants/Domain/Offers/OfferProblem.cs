using Civitas.Platform;

namespace Civitas.Grants.Domain.Offers;

/// <summary>A rule the offer breaks, with the section it belongs to; <see cref="Error.Field"/> is the
/// field's path inside the section's model ("Lines[2].Quantity").</summary>
internal sealed record OfferProblem(OfferSectionKey Section, Error Error);
