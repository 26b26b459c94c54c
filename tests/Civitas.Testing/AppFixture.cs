using Xunit;

namespace Civitas.Testing;

/// <summary>One app per test class and database kind; xunit shares it across the class's tests.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    protected AppFixture(DatabaseKind kind) => App = new CivitasAppFactory(kind, Settings());

    /// <summary>For a fixture whose app needs its own factory (extra services, a different start).</summary>
    protected AppFixture(CivitasAppFactory app) => App = app ?? throw new ArgumentNullException(nameof(app));

    public CivitasAppFactory App { get; }

    protected virtual IDictionary<string, string?>? Settings() => null;

    public Task InitializeAsync() => App.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(DatabaseKind.Postgres);
