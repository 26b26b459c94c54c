namespace Civitas.Testing;

/// <summary>What scripts/test.sh provides. A missing dependency fails the test, never skips it.</summary>
public static class TestEnvironment
{
    /// <summary>Server connection string of the throw-away PostgreSQL started by scripts/test.sh.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("CIVITAS_TEST_PG")
        ?? throw new InvalidOperationException("CIVITAS_TEST_PG is not set: run the tests through scripts/test.sh, which starts PostgreSQL.");

    /// <summary>Port of the SMTP catcher started by scripts/test.sh.</summary>
    public static int SmtpPort => int.Parse(Environment.GetEnvironmentVariable("CIVITAS_TEST_SMTP_PORT")
        ?? throw new InvalidOperationException("CIVITAS_TEST_SMTP_PORT is not set: run the tests through scripts/test.sh, which starts the SMTP catcher."), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Maildir the SMTP catcher writes to.</summary>
    public static string SmtpMaildir => Environment.GetEnvironmentVariable("CIVITAS_TEST_MAILDIR")
        ?? throw new InvalidOperationException("CIVITAS_TEST_MAILDIR is not set: run the tests through scripts/test.sh.");

    /// <summary>Path of the repository root (for ../shared test data).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Civitas.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    /// <summary>The shared folder beside the project (../shared).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
}
