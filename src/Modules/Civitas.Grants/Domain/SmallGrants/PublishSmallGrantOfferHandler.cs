using System.Text.Json;
using Civitas.Grants.Data;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Publishes a received offer (art. 19a ust. 3 UDPP): the version with the personal data of natural
/// persons left out, the list of what was left out with its legal basis (art. 8 ust. 5 of the act on access
/// to public information), the publication and comment periods, and the entry in the register, written
/// to the outbox in the same SaveChanges.</summary>
internal sealed class PublishSmallGrantOfferHandler(
    GrantsDb db,
    IOutbox outbox,
    IOrganisationDirectory organisations,
    ILegalParameters parameters,
    ITenantContext tenant,
    IOutputCacheStore cache,
    TimeProvider clock)
{
    // art. 5 ust. 2 u.d.i.p.: access is limited by the privacy of a natural person (not one acting in a public function).
    public const string PrivacyBasis = "art. 5 ust. 2 ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (prywatność osoby fizycznej)";

    internal sealed record Request(bool RedactContact, string? PublishedDescription, string? PublishedResults);

    public async Task<Result> HandleAsync(Guid offerId, Request request, Actor official, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(official);
        var offer = await db.SmallGrantOffers.Include(o => o.CostLines).FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return Result.Fail(new Error("SmallGrant.NotFound"));
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.PublishedDescription)) errors.Add(new Error("SmallGrant.Required", "PublishedDescription"));
        if (string.IsNullOrWhiteSpace(request.PublishedResults)) errors.Add(new Error("SmallGrant.Required", "PublishedResults"));
        if (errors.Count > 0) return Result.From(errors);

        var now = clock.GetUtcNow();
        var today = WarsawTime.DateOf(now);
        var limits = await SmallGrantLimits.LoadAsync(parameters, today, ct);
        var current = tenant.Require();
        var (visibleTo, commentsUntil) = SmallGrantRules.Windows(now, limits, current.MoveDeadlinesOffNonWorkingDays);

        var description = request.PublishedDescription!.Trim();
        var results = request.PublishedResults!.Trim();
        var redactions = new List<PublicationRedaction>();
        var decidedBy = official.Name;
        if (request.RedactContact)
        {
            redactions.Add(new PublicationRedaction("imię i nazwisko, numer telefonu i adres e-mail osoby wskazanej do kontaktu (dane oferenta)", PrivacyBasis, decidedBy, "osoba fizyczna wskazana do kontaktu"));
        }
        if (!string.Equals(description, offer.Description, StringComparison.Ordinal))
        {
            redactions.Add(new PublicationRedaction("dane osobowe osób fizycznych w opisie zadania", PrivacyBasis, decidedBy, "osoby fizyczne wymienione w opisie zadania"));
        }
        if (!string.Equals(results, offer.ExpectedResults, StringComparison.Ordinal))
        {
            redactions.Add(new PublicationRedaction("dane osobowe osób fizycznych w opisie zakładanych rezultatów", PrivacyBasis, decidedBy, "osoby fizyczne wymienione w opisie rezultatów"));
        }

        var published = offer.Publish(now, official.Name, description, results, request.RedactContact, JsonSerializer.Serialize(redactions), visibleTo, commentsUntil);
        if (!published.Succeeded) return published;

        var sphere = (await organisations.GetSpheresAsync(today, ct)).FirstOrDefault(s => s.Code == offer.SphereCode)?.NamePolish;
        var person = new PublicationPerson(official.Name);
        outbox.Add(db, new PublicationRequested(
            GrantsDb.ModuleName,
            SmallGrantPublicationText.SourceKey(offer.Id),
            PublicationCategory.SmallGrantOffer,
            SmallGrantPublicationText.Title(offer),
            SmallGrantPublicationText.TitleEnglish(offer),
            null,
            SmallGrantPublicationText.Body(offer, sphere, WarsawTime.DateOf(commentsUntil.AddTicks(-1))),
            $"/male-granty/{offer.Id}",
            [],
            person,
            person,
            offer.SubmittedAt!.Value,
            now,
            now,
            visibleTo,
            null,
            redactions));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("SmallGrant.Conflict"));
        }
        await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(current.Id), ct);
        return Result.Ok();
    }
}
