namespace Civitas.Platform.Tenancy;

/// <summary>Configuration section "Demo": on in Development, off in Production.</summary>
public sealed class DemoOptions
{
    /// <summary>Seed the demo tenant and accounts, and list the accounts on the sign-in page.</summary>
    public bool Enabled { get; set; }
    /// <summary>Password of every demo account.</summary>
    public string Password { get; set; } = "Demo-Przyklad-2026";
    /// <summary>Host names of the demo tenant.</summary>
    public List<string> Hosts { get; set; } = ["localhost", "127.0.0.1"];
}
