using Civitas.Testing;

namespace Civitas.Web.Tests.Organisations;

/// <summary>The app with the KRS client pointed at <see cref="FakeKrsServer"/> and a short timeout.</summary>
public abstract class OrganisationsAppFixture(DatabaseKind kind) : AppFixture(kind)
{
    protected override IDictionary<string, string?>? Settings() => FakeKrsServer.Settings();
}

public sealed class OrganisationsSqliteFixture() : OrganisationsAppFixture(DatabaseKind.Sqlite);

public sealed class OrganisationsPostgresFixture() : OrganisationsAppFixture(DatabaseKind.Postgres);
