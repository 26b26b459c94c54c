using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The legal numbers of art. 19a UDPP in force on a date, each with its legal basis (from the
/// legal-parameters table; code never repeats them).</summary>
internal sealed record SmallGrantLimits(
    LegalValue MaxAmount,
    LegalValue MaxDurationDays,
    LegalValue PerOrganisationYearMax,
    LegalValue ShareOfPlannedMaxPercent,
    LegalValue PublishWithinWorkingDays,
    LegalValue PublicationDays,
    LegalValue CommentDays)
{
    public static async Task<SmallGrantLimits> LoadAsync(ILegalParameters parameters, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new SmallGrantLimits(
            await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxAmount, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantMaxDurationDays, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantPerOrganisationYearMax, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantShareOfPlannedMaxPercent, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantPublishWithinWorkingDays, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantPublicationDays, asOf, ct),
            await parameters.GetAsync(LegalParameterKeys.SmallGrantCommentDays, asOf, ct));
    }
}
