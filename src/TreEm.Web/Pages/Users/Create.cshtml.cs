using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Web.Pages.Users;

/// <summary>
/// An administrator creates an account with its first role. The system makes a one-time password, shown once
/// in the answer to the form (never in an address nor kept anywhere), and the user must change it.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public partial class CreateModel(TreEmDbContext db, UserManager<AppUser> users, CurrentUser me, TimeProvider time, IStringLocalizer<UsersResource> l) : PageModel
{
    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [StringLength(64, MinimumLength = 3, ErrorMessage = "Tên đăng nhập dài từ 3 đến 64 ký tự.")]
        public string Login { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
        [StringLength(200, ErrorMessage = "Họ tên dài tối đa 200 ký tự.")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
        public Role? Role { get; set; }

        [StringLength(32, ErrorMessage = "Mã đơn vị dài tối đa 32 ký tự.")]
        public string? UnitCode { get; set; }
    }

    public sealed record CreatedUser(string Id, string Login, string FullName, string OneTimePassword);

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    /// <summary>Set only in the answer to a successful POST: the one time the password is shown.</summary>
    public CreatedUser? Created { get; private set; }

    public List<SelectListItem> RoleOptions { get; } = UserDisplay.RoleOptions();

    [GeneratedRegex("^[a-z0-9._@-]+$")]
    private static partial Regex LoginPattern();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var login = (Input.Login ?? "").Trim().ToLowerInvariant();
        Input.Login = login;
        if (ModelState.IsValid && !LoginPattern().IsMatch(login))
            ModelState.AddModelError("Input.Login", l["Tên đăng nhập chỉ gồm chữ thường không dấu (a-z), chữ số và các ký tự . _ - @."]);
        if (ModelState.IsValid && await users.FindByNameAsync(login) is not null)
            ModelState.AddModelError("Input.Login", l["Tên đăng nhập {0} đã được sử dụng.", login]);

        RoleRules.Resolved? unit = null;
        if (Input.Role is { } role)
        {
            var scope = await me.ScopeAsync(ct);
            unit = await RoleRules.ResolveUnitAsync(db, scope, role, Input.UnitCode, RoleRules.Today(time), l, ct);
            if (unit.Error is not null) ModelState.AddModelError("Input.UnitCode", unit.Error);
        }
        if (!ModelState.IsValid || unit is null) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        var password = AdminBootstrap.NewPassword();
        var user = new AppUser
        {
            UserName = login,
            FullName = VietnameseText.Clean(Input.FullName),
            CreatedAt = now,
            MustChangePassword = true,
        };
        // The first role is saved with the account, in the same transaction and audit.
        user.Roles.Add(new RoleAssignment { Role = Input.Role!.Value, UnitId = unit.UnitId, CreatedAt = now });
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Login" : "", e.Description);
            return Page();
        }

        Created = new CreatedUser(user.Id, login, user.FullName, password);
        return Page();
    }
}
