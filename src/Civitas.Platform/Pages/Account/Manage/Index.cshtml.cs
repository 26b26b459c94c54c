using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>"My account": name and language, and what the portal knows about the person's access
/// (folder policy: any signed-in person; every query is about the signed-in account only).</summary>
internal sealed class IndexModel(
    PlatformDb db,
    UserManager<User> users,
    SignInManager<User> signIn,
    IStringLocalizer<AccountText> text,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }
    public bool IsPlatformAdmin { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Input = new InputModel { DisplayName = user.DisplayName, PreferredCulture = PreferredCulture.Normalize(user.PreferredCulture ?? PreferredCulture.Current) };
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user, ct);
            return Page();
        }
        var culture = PreferredCulture.Normalize(Input.PreferredCulture);
        user.DisplayName = Input.DisplayName.Trim();
        user.PreferredCulture = culture;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            IdentityErrorFields.AddTo(ModelState, result.Errors, "");
            await LoadAsync(user, ct);
            return Page();
        }
        // The name shown in the header comes from the cookie.
        await signIn.RefreshSignInAsync(user);
        PreferredCulture.Apply(Response, culture, clock);
        // Say it in the language the next page will be in.
        TempData["Status"] = CivitasCultures.In(culture, () => text["Manage.Saved"].Value);
        return RedirectToPage();
    }

    private async Task LoadAsync(User user, CancellationToken ct)
    {
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        IsPlatformAdmin = user.IsPlatformAdmin;
        CreatedAt = user.CreatedAt;
        // The tenant filter keeps this to the portal the person is using now.
        Roles = await (
            from r in db.RoleAssignments.AsNoTracking()
            where r.UserId == user.Id
            join d in db.Departments on r.DepartmentId equals d.Id into ds
            from d in ds.DefaultIfEmpty()
            orderby r.Role
            select new RoleRow(r.Role, d == null ? null : d.Name)).ToListAsync(ct);
    }

    public sealed record RoleRow(TenantRole Role, string? Department);

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Field.DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required, RegularExpression("^(pl|en)$")]
        [Display(Name = "Field.PreferredCulture")]
        public string PreferredCulture { get; set; } = CivitasCultures.Polish;
    }
}
