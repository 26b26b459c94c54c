using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Civitas.Platform.Identity;

/// <summary>Puts Identity's errors (already in the user's language, see LocalizedIdentityErrorDescriber)
/// next to the form field they are about.</summary>
internal static class IdentityErrorFields
{
    public static void AddTo(ModelStateDictionary state, IEnumerable<IdentityError> errors, string passwordField,
        string emailField = "Input.Email", string currentPasswordField = "")
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        // The user name is the e-mail address, so "duplicate user name" and "duplicate e-mail" say the same.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            if (!seen.Add(e.Description)) continue;
            var key = e.Code switch
            {
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                "PasswordMismatch" => currentPasswordField,
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => "",
            };
            state.AddModelError(key, e.Description);
        }
    }
}
