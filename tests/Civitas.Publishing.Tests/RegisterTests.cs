using Civitas.Platform.Data;
using Civitas.Platform.Files;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Register;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Publishing.Tests;

/// <summary>The register built from PublicationRequested / PublicationWithdrawalRequested events, on a
/// real database, through the real outbox and dispatcher.</summary>
public abstract class RegisterTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    // PostgreSQL keeps microseconds: compare instants the databases keep exactly.
    private DateTimeOffset Now => new(App.Clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    [Fact]
    public async Task The_first_request_creates_the_entry_as_version_1_with_the_metadata_of_art_8_ust_6()
    {
        var tenant = await App.DemoTenantAsync();
        var key = Key();
        var request = Publications.Request(key, "Ogłoszenie otwartego konkursu ofert na 2027 rok", Now) with
        {
            Summary = "Konkurs w zakresie kultury fizycznej.",
            Redactions = [new PublicationRedaction("numer telefonu osoby do kontaktu", "art. 5 ust. 2 ustawy o dostępie do informacji publicznej", "Jan Urzędnik, naczelnik", "osoba fizyczna wskazana do kontaktu")],
        };

        var id = await App.PublishAsync(tenant, request);

        var (entry, versions) = await LoadAsync(tenant, id);
        Assert.Equal(1, entry.VersionCount);
        Assert.Equal("Ogłoszenie otwartego konkursu ofert na 2027 rok", entry.Title);
        Assert.Equal(Now, entry.FirstPublishedAt);
        var v1 = Assert.Single(versions);
        Assert.Equal(1, v1.Number);
        Assert.Equal(entry.CurrentVersionId, v1.Id);
        Assert.Equal("Jan Urzędnik", v1.ResponsibleName);
        Assert.Equal("Naczelnik Wydziału Współpracy z Organizacjami Pozarządowymi", v1.ResponsibleFunction);
        Assert.Equal("Ewa Redaktorka", v1.PublishedByName);
        Assert.Equal(Now.AddDays(-1), v1.ProducedAt);
        Assert.Equal(Now, v1.PublishedAt);
        Assert.Null(v1.ChangeReason);
        var redaction = Assert.Single(v1.Redactions);
        Assert.Equal("osoba fizyczna wskazana do kontaktu", redaction.ProtectedInterest);
    }

    [Fact]
    public async Task A_second_request_adds_version_2_with_its_reason_and_keeps_version_1()
    {
        var tenant = await App.DemoTenantAsync();
        var key = Key();
        var id = await App.PublishAsync(tenant, Publications.Request(key, "Ogłoszenie konkursu", Now, body: "Termin składania ofert: 15 maja."));
        var id2 = await App.PublishAsync(tenant, Publications.Request(key, "Ogłoszenie konkursu (sprostowanie)", Now.AddHours(1),
            reason: "Sprostowanie omyłki pisarskiej w terminie składania ofert", body: "Termin składania ofert: 16 maja."));

        Assert.Equal(id, id2);
        var (entry, versions) = await LoadAsync(tenant, id);
        Assert.Equal(2, entry.VersionCount);
        Assert.Equal("Ogłoszenie konkursu (sprostowanie)", entry.Title);
        Assert.Equal(Now, entry.FirstPublishedAt);
        Assert.Equal(Now.AddHours(1), entry.UpdatedAt);
        Assert.Collection(versions.OrderBy(v => v.Number),
            v1 =>
            {
                Assert.Equal("Termin składania ofert: 15 maja.", v1.Body);
                Assert.Null(v1.ChangeReason);
            },
            v2 =>
            {
                Assert.Equal("Termin składania ofert: 16 maja.", v2.Body);
                Assert.Equal("Sprostowanie omyłki pisarskiej w terminie składania ofert", v2.ChangeReason);
                Assert.Equal(entry.CurrentVersionId, v2.Id);
            });
    }

    [Fact]
    public async Task A_repeated_delivery_of_the_same_message_changes_nothing()
    {
        var tenant = await App.DemoTenantAsync();
        var request = Publications.Request(Key(), "Wyniki otwartego konkursu ofert", Now, PublicationCategory.Results);
        var messageId = await App.WriteToOutboxAsync(tenant, request);
        AssertDelivered(await App.DeliverAsync(messageId));
        var id = (await App.PublicationIdAsync(tenant, request.SourceModule, request.SourceKey))!.Value;

        // At-least-once delivery: the dispatcher may deliver the same message again (a lost claim)…
        await App.WithScopeAsync(sp => sp.GetRequiredService<PublishingDb>().OutboxMessages.Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.LastError, (string?)null)));
        AssertDelivered(await App.DeliverAsync(messageId));
        // …and a handler may be called twice for it.
        await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            await sp.GetRequiredService<IOutboxHandler<PublicationRequested>>()
                .HandleAsync(request, new OutboxMessageContext(messageId, tenant.Id, Now, 3), CancellationToken.None);
        });

        var (entry, versions) = await LoadAsync(tenant, id);
        Assert.Equal(1, entry.VersionCount);
        Assert.Single(versions);
    }

    [Fact]
    public async Task A_withdrawal_moves_the_entry_to_the_archive_with_its_reason_and_a_repeated_delivery_changes_nothing()
    {
        var tenant = await App.DemoTenantAsync();
        var request = Publications.Request(Key(), "Oferta opublikowana omyłkowo", Now, PublicationCategory.SmallGrantOffer);
        var id = await App.PublishAsync(tenant, request);
        var withdrawal = new PublicationWithdrawalRequested(request.SourceModule, request.SourceKey, "Opublikowano ofertę innej organizacji",
            new PublicationPerson("Jan Urzędnik", "naczelnik wydziału"), Now.AddMinutes(5));

        var messageId = await App.WriteToOutboxAsync(tenant, withdrawal);
        AssertDelivered(await App.DeliverAsync(messageId));
        await App.WithScopeAsync(sp => sp.GetRequiredService<PublishingDb>().OutboxMessages.Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.LastError, (string?)null)));
        AssertDelivered(await App.DeliverAsync(messageId));

        var (entry, versions) = await LoadAsync(tenant, id);
        Assert.Equal(PublicationState.Withdrawn, entry.StateAt(Now.AddMinutes(6)));
        Assert.Equal(Now.AddMinutes(5), entry.WithdrawnAt);
        Assert.Equal("Opublikowano ofertę innej organizacji", entry.WithdrawalReason);
        Assert.Equal("Jan Urzędnik", entry.WithdrawnByName);
        Assert.Equal("naczelnik wydziału", entry.WithdrawnByFunction);
        Assert.Single(versions); // nothing deleted, nothing added
        Assert.True(Publication.ArchivedAt(Now.AddMinutes(6)).Compile()(entry));
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_publication_fails_so_that_the_outbox_delivers_it_again()
    {
        var tenant = await App.DemoTenantAsync();
        var messageId = await App.WriteToOutboxAsync(tenant, new PublicationWithdrawalRequested(Publications.TestModule, Key(), "Omyłka",
            new PublicationPerson("Jan Urzędnik"), Now));
        var outcome = await App.DeliverAsync(messageId);
        Assert.False(outcome.Processed);
        Assert.Equal(1, outcome.Attempts);
        Assert.Contains("Publication.NotFound", outcome.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_request_fails_its_delivery_and_records_nothing()
    {
        var tenant = await App.DemoTenantAsync();
        var request = Publications.Request(Key(), "Ogłoszenie", Now, visibleTo: Now.AddDays(-1));
        var outcome = await App.DeliverAsync(await App.WriteToOutboxAsync(tenant, request));
        Assert.False(outcome.Processed);
        Assert.Contains("VisibleTo must be after VisibleFrom", outcome.LastError, StringComparison.Ordinal);
        Assert.Null(await App.PublicationIdAsync(tenant, request.SourceModule, request.SourceKey));
    }

    [Fact]
    public async Task Attachments_must_be_public_files_of_the_publishing_tenant()
    {
        var tenant = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-zalaczniki", "Gmina Załączniki", "zalaczniki.example");
        var publicPdf = await StoreFileAsync(tenant, isPublic: true);
        var privatePdf = await StoreFileAsync(tenant, isPublic: false);
        var otherTenantsPdf = await StoreFileAsync(other, isPublic: true);

        var ok = Publications.Request(Key(), "Ogłoszenie z załącznikiem", Now) with { Attachments = [new PublicationAttachment(publicPdf, "Ogłoszenie (PDF)")] };
        var id = await App.PublishAsync(tenant, ok);
        var (_, versions) = await LoadAsync(tenant, id);
        var attachment = Assert.Single(Assert.Single(versions).Attachments);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(Pdf.Length, attachment.Length);

        foreach (var fileId in new[] { privatePdf, otherTenantsPdf, Guid.NewGuid() })
        {
            var bad = Publications.Request(Key(), "Ogłoszenie z niedostępnym załącznikiem", Now) with { Attachments = [new PublicationAttachment(fileId, "Załącznik")] };
            var outcome = await App.DeliverAsync(await App.WriteToOutboxAsync(tenant, bad));
            Assert.False(outcome.Processed);
            Assert.Null(await App.PublicationIdAsync(tenant, bad.SourceModule, bad.SourceKey));
        }
    }

    [Fact]
    public async Task The_same_source_key_in_two_tenants_makes_two_separate_entries()
    {
        var a = await App.DemoTenantAsync();
        var b = await App.CreateTenantAsync("gmina-druga", "Gmina Druga", "druga.example");
        var key = Key();
        var idA = await App.PublishAsync(a, Publications.Request(key, "Ogłoszenie Miasta", Now));
        var idB = await App.PublishAsync(b, Publications.Request(key, "Ogłoszenie Gminy", Now));
        Assert.NotEqual(idA, idB);
        Assert.Equal("Ogłoszenie Miasta", (await LoadAsync(a, idA)).Entry.Title);
        Assert.Equal(1, (await LoadAsync(a, idA)).Entry.VersionCount);
        Assert.Equal("Ogłoszenie Gminy", (await LoadAsync(b, idB)).Entry.Title);
        await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(a);
            Assert.False(await sp.GetRequiredService<PublishingDb>().Publications.AnyAsync(p => p.Id == idB));
        });
    }

    [Fact]
    public async Task The_directory_tells_a_module_the_state_and_address_of_its_own_entries()
    {
        var tenant = await App.DemoTenantAsync();
        var visible = Key();
        var scheduled = Key();
        var idVisible = await App.PublishAsync(tenant, Publications.Request(visible, "Oferta w trybie art. 19a", Now, PublicationCategory.SmallGrantOffer, visibleTo: Now.AddDays(7)));
        await App.PublishAsync(tenant, Publications.Request(scheduled, "Ogłoszenie na przyszły tydzień", Now) with { VisibleFrom = Now.AddDays(7) });

        var found = await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return await sp.GetRequiredService<IPublicationDirectory>().FindAsync(Publications.TestModule, [visible, scheduled, "never-published"]);
        });

        Assert.Equal(2, found.Count);
        Assert.Equal(PublicationState.Visible, found[visible].State);
        Assert.Equal($"/publikacje/{idVisible}", found[visible].Url);
        Assert.Equal(Now.AddDays(7), found[visible].VisibleTo);
        Assert.Equal(PublicationState.Scheduled, found[scheduled].State);
        Assert.Equal(1, found[scheduled].VersionCount);
    }

    [Fact]
    public async Task The_demo_register_holds_the_programme_consultation_notice_once_even_when_seeded_again()
    {
        var tenant = await App.DemoTenantAsync();
        await App.Services.GetServices<IDataSeeder>().OfType<DemoPublicationSeeder>().Single().SeedAsync(CancellationToken.None);
        await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            var notices = await sp.GetRequiredService<PublishingDb>().Publications.AsNoTracking()
                .Where(p => p.SourceModule == DemoPublicationSeeder.SourceModule && p.SourceKey == DemoPublicationSeeder.SourceKey).ToListAsync();
            var notice = Assert.Single(notices);
            Assert.StartsWith("Ogłoszenie o konsultacjach projektu Programu współpracy", notice.Title, StringComparison.Ordinal);
            Assert.Equal(PublicationCategory.Announcement, notice.Category);
            Assert.Equal(PublicationState.Visible, notice.StateAt(App.Clock.GetUtcNow()));
        });
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private Task<Guid> StoreFileAsync(TenantInfo tenant, bool isPublic) => App.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        using var content = new MemoryStream(Pdf);
        var result = await sp.GetRequiredService<IFileStore>().SaveAsync(
            new FileUpload(content, "ogloszenie.pdf", new HashSet<FileKind> { FileKind.Pdf }, "tests:attachment", null, isPublic));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        return result.Value!.Id;
    });

    private Task<(Publication Entry, List<PublicationVersion> Versions)> LoadAsync(TenantInfo tenant, Guid id) => App.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        var db = sp.GetRequiredService<PublishingDb>();
        var entry = await db.Publications.AsNoTracking().SingleAsync(p => p.Id == id);
        var versions = await db.Versions.AsNoTracking().Include(v => v.Attachments).Include(v => v.Redactions)
            .Where(v => v.PublicationId == id).OrderBy(v => v.Number).ToListAsync();
        return (entry, versions);
    });

    private static void AssertDelivered(OutboxOutcome outcome) => Assert.True(outcome.Processed, outcome.LastError);

    private static string Key() => $"test:{Guid.NewGuid():N}";
}

public sealed class RegisterTests_Sqlite(SqliteAppFixture f) : RegisterTests(f), IClassFixture<SqliteAppFixture>;

public sealed class RegisterTests_Postgres(PostgresAppFixture f) : RegisterTests(f), IClassFixture<PostgresAppFixture>;
