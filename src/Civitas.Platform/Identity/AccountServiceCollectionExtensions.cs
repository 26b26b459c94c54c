using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Identity;

/// <summary>The accounts area's additions to Identity: the app's clock for lockout, TOTP and link
/// tokens, the amr claim kept across security-stamp refreshes, and the account use cases.</summary>
internal static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(User), services)
            .AddUserManager<CivitasUserManager>()
            .AddTokenProvider<AuthenticatorTokenProvider>(AuthenticatorTokenProvider.Name)
            .AddTokenProvider<EmailConfirmationTokenProvider>(EmailConfirmationTokenProvider.Name)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.Name);
        services.Configure<IdentityOptions>(o =>
        {
            o.Tokens.AuthenticatorTokenProvider = AuthenticatorTokenProvider.Name;
            o.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.Name;
            o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.Name;
            // The user name is the e-mail address, already validated as one; Identity's default
            // character list would refuse valid addresses (an apostrophe, a non-Latin letter).
            o.User.AllowedUserNameCharacters = "";
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = MultiFactorSignIn.KeepAuthenticationMethods);

        services.AddScoped<AccountEmails>();
        services.AddScoped<DeleteAccountHandler>();
        services.AddScoped<ExportPersonalDataHandler>();
        return services;
    }
}
