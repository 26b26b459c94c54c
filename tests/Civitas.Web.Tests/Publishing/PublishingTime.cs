using Civitas.Platform.Calendar;
using Civitas.Testing;

namespace Civitas.Web.Tests.Publishing;

internal static class PublishingTime
{
    /// <summary>The app's clock to the whole second (PostgreSQL keeps microseconds, pages show minutes).</summary>
    public static DateTimeOffset Now(CivitasAppFactory app)
        => new(app.Clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static int WarsawYear(DateTimeOffset instant) => WarsawTime.DateOf(instant).Year;
}
