using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Pages.Account;

/// <summary>Creates an unconfirmed account and queues its confirmation e-mail in one transaction.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class RegisterModel(
    PlatformDb db,
    UserManager<User> users,
    IOutbox outbox,
    AccountEmails emails,
    ITenantContext tenant,
    TimeProvider clock,
    IOptions<IdentityOptions> identity,
    IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string TenantName { get; private set; } = "";
    public string? DataProtectionOfficerEmail { get; private set; }
    public int PasswordLength => identity.Value.Password.RequiredLength;
    public int PasswordUniqueChars => identity.Value.Password.RequiredUniqueChars;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true) return Redirect("/konto");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Input.AcceptPrivacy)
        {
            ModelState.AddModelError("Input.AcceptPrivacy", text["Register.AcceptPrivacyRequired"]);
        }

        var email = Input.Email?.Trim() ?? "";
        var now = clock.GetUtcNow();
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName?.Trim() ?? "",
            CreatedAt = now,
            PrivacyNoticeAcceptedAt = now,
            RegisteredInTenantId = tenant.Require().Id,
            PreferredCulture = PreferredCulture.Current,
        };

        // Every problem at once, also those of the other fields: Identity would stop at the password
        // and only then say that the address is taken, and a malformed address must not hide that
        // the password is too short (the person would fix one field only to be refused again).
        var problems = new List<IdentityError>();
        if (IsValid("Input.Email"))
        {
            foreach (var v in users.UserValidators) problems.AddRange((await v.ValidateAsync(users, user)).Errors);
        }
        if (IsValid("Input.Password"))
        {
            foreach (var v in users.PasswordValidators) problems.AddRange((await v.ValidateAsync(users, user, Input.Password)).Errors);
        }
        if (problems.Count > 0) IdentityErrorFields.AddTo(ModelState, problems, "Input.Password");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        // The confirmation e-mail goes into the outbox of the very context Identity saves the account
        // with (UserOnlyStore<User, PlatformDb> gets the request's scoped PlatformDb), so the account
        // and its e-mail commit together or not at all.
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        outbox.Add(db, emails.Confirmation(user, token));
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, Input.Password);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same address between the check above and the insert.
            created = IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
        }
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear(); // the queued e-mail must not ride along with a later save
            IdentityErrorFields.AddTo(ModelState, created.Errors, "Input.Password");
            await LoadAsync(ct);
            return Page();
        }
        return RedirectToPage("/Account/CheckMailbox", new { reason = CheckMailboxModel.Registration });
    }

    private bool IsValid(string key) => ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid;

    private async Task LoadAsync(CancellationToken ct)
    {
        var t = tenant.Require();
        TenantName = t.Name;
        DataProtectionOfficerEmail = await db.Tenants.AsNoTracking().Where(x => x.Id == t.Id).Select(x => x.DataProtectionOfficerEmail).FirstOrDefaultAsync(ct);
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required, StringLength(200)]
        [Display(Name = "Field.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required, StringLength(200)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Required, Compare(nameof(Password))]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";

        [Display(Name = "Field.AcceptPrivacy")]
        public bool AcceptPrivacy { get; set; }
    }
}
