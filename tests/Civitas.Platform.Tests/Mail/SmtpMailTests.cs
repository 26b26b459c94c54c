using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Mail;

public abstract class SmtpMailTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task An_e_mail_request_reaches_the_SMTP_server_with_a_Polish_subject_and_body_intact()
    {
        var tenant = await App.NewTenantAsync("Gmina Pocztowa");
        var to = $"organizacja-{Guid.NewGuid():N}@example.org";
        const string subject = "Potwierdzenie złożenia oferty – „Zażółć gęślą jaźń” (ĄĆĘŁŃÓŚŹŻ)";
        const string body = "Dzień dobry,\n\nStowarzyszenie „Łąka i Źródło” złożyło ofertę w konkursie nr 5/2026.\nTermin oceny: 21 dni.\n\nZ poważaniem\nUrząd Miasta Przykładowego";

        await App.InTenantAsync(tenant, async (db, sp) =>
        {
            sp.GetRequiredService<IOutbox>().Add(db, new EmailRequested(to, subject, body));
            await db.SaveChangesAsync();
        });
        await App.DispatchOutboxAsync();

        var mail = await MailReader.WaitForAsync(TestEnvironment.SmtpMaildir, to, TimeSpan.FromSeconds(20));
        Assert.Equal(subject, mail.Subject);
        Assert.Equal(body, mail.Text.ReplaceLineEndings("\n").TrimEnd('\n'));
    }
}

public sealed class SmtpAppFixture_Sqlite() : AppFixture(DatabaseKind.Sqlite)
{
    protected override IDictionary<string, string?>? Settings() => SmtpSettings.Values;
}

public sealed class SmtpAppFixture_Postgres() : AppFixture(DatabaseKind.Postgres)
{
    protected override IDictionary<string, string?>? Settings() => SmtpSettings.Values;
}

internal static class SmtpSettings
{
    public static Dictionary<string, string?> Values => new()
    {
        ["Mail:Mode"] = "Smtp",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = TestEnvironment.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:From"] = "urzad@miasto-przykladowe.example",
        ["Mail:FromName"] = "Urząd Miasta Przykładowego",
    };
}

public sealed class SmtpMailTests_Sqlite(SmtpAppFixture_Sqlite f) : SmtpMailTests(f), IClassFixture<SmtpAppFixture_Sqlite>;

public sealed class SmtpMailTests_Postgres(SmtpAppFixture_Postgres f) : SmtpMailTests(f), IClassFixture<SmtpAppFixture_Postgres>;
