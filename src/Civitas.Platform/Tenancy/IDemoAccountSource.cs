namespace Civitas.Platform.Tenancy;

/// <summary>Lists demo accounts a module seeds, for the sign-in page.</summary>
public interface IDemoAccountSource
{
    /// <summary>The module's demo accounts; <see cref="DemoAccount.RoleTextKey"/> is a key of the
    /// module's resources, resolved by <see cref="ResourceType"/>.</summary>
    IEnumerable<DemoAccount> Accounts { get; }

    /// <summary>Resource class for the role texts.</summary>
    Type ResourceType { get; }
}
