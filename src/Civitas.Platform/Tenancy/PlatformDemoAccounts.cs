using Civitas.Platform.Resources;

namespace Civitas.Platform.Tenancy;

internal sealed class PlatformDemoAccounts : IDemoAccountSource
{
    public IEnumerable<DemoAccount> Accounts => DemoSeeder.PlatformAccounts.Select((a, i) =>
        new DemoAccount($"{a.Local}@{DemoSeeder.Domain}", a.Name, "Demo.Role." + a.Role, i * 10));

    public Type ResourceType => typeof(PlatformText);
}
