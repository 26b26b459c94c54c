namespace Civitas.Testing;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
