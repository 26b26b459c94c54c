namespace Civitas.Grants.Domain.Competitions;

/// <summary>Form of commissioning a public task (art. 11 ust. 1 UDPP).</summary>
internal enum TaskForm
{
    /// <summary>Wspieranie: the grant part-finances the task (art. 11 ust. 1 pkt 1).</summary>
    Support = 1,

    /// <summary>Powierzanie: the grant finances the whole task (art. 11 ust. 1 pkt 2).</summary>
    Entrusting = 2,
}
