using System.Reflection;
using Civitas.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Civitas.Architecture.Tests;

/// <summary>ARCHITECTURE.md §3: no context has model changes without a migration, on either provider,
/// and an empty database migrates on both.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Contexts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Factories()) data.Add(f.ContextType.Name);
        return data;
    }

    [Fact]
    public void Every_module_context_has_a_SQLite_and_a_PostgreSQL_flavour()
    {
        var names = Factories().Select(f => f.ContextType.Name).ToList();
        Assert.Contains("SqlitePlatformDb", names);
        foreach (var sqlite in names.Where(n => n.StartsWith("Sqlite", StringComparison.Ordinal)))
        {
            Assert.Contains("Postgres" + sqlite["Sqlite".Length..], names);
        }
        Assert.Equal(names.Count(n => n.StartsWith("Sqlite", StringComparison.Ordinal)), names.Count(n => n.StartsWith("Postgres", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_changes_missing_from_its_migrations(string context)
    {
        using var db = Create(context);
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes without a migration: run scripts/add-migration.sh");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task An_empty_database_migrates_to_the_latest_version(string context)
    {
        if (context.StartsWith("Postgres", StringComparison.Ordinal))
        {
            await using var pg = await PostgresDatabase.CreateAsync();
            await using var db = Create(context, pg.ConnectionString);
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"civitas-arch-{Guid.NewGuid():N}.db");
            try
            {
                await using (var db = Create(context, $"Data Source={file};Pooling=false"))
                {
                    await db.Database.MigrateAsync();
                    Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                    Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
                }
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Each_context_keeps_its_own_migrations_history_table(string context)
    {
        using var db = Create(context);
        var history = db.GetService<IHistoryRepository>();
        var table = (string)history.GetType().GetProperty("TableName", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(history)!;
        Assert.StartsWith("__ef_history_", table, StringComparison.Ordinal);
    }

    private sealed record Factory(Type ContextType, Type FactoryType);

    private static IEnumerable<Factory> Factories()
    {
        var assemblies = SolutionLayout.Projects.Select(p => p.Name).Where(n => n != "Civitas.Web").Select(Assembly.Load);
        return assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
                .Select(i => new Factory(i.GetGenericArguments()[0], t)))
            .OrderBy(f => f.ContextType.Name)
            .ToList();
    }

    private static DbContext Create(string context, string? connectionString = null)
    {
        var factory = Factories().Single(f => f.ContextType.Name == context);
        var instance = Activator.CreateInstance(factory.FactoryType, nonPublic: true)!;
        var db = (DbContext)factory.FactoryType.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
        if (connectionString is not null) db.Database.SetConnectionString(connectionString);
        return db;
    }
}
