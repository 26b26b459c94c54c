using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Identity;

/// <summary>
/// Identity's user manager with lockout counted on the injected <see cref="TimeProvider"/>. The stock
/// manager reads <c>DateTimeOffset.UtcNow</c>, so a 15-minute lockout could not be tested (nor moved
/// consistently with the rest of the app's clock).
/// </summary>
internal sealed class CivitasUserManager(
    IUserStore<User> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<User> passwordHasher,
    IEnumerable<IUserValidator<User>> userValidators,
    IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger,
    TimeProvider clock)
    : UserManager<User>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockout = LockoutStore;
        if (!await lockout.GetLockoutEnabledAsync(user, CancellationToken)) return false;
        var end = await lockout.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockout = LockoutStore;
        // Past the threshold: lock out for the configured time and start counting again afterwards.
        var count = await lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockout.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    private IUserLockoutStore<User> LockoutStore
        => Store as IUserLockoutStore<User> ?? throw new NotSupportedException("The user store does not support lockout.");
}
