using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Security;

namespace TreEm.Web.Pages.Account;

public class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t, ILogger<LoginModel> log) : PageModel
{
    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim().ToLowerInvariant(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("User {UserName} signed in", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        ErrorMessage = result.IsLockedOut
            ? t["Tài khoản tạm bị khóa do đăng nhập sai quá 5 lần. Vui lòng thử lại sau 15 phút."]
            : result.IsNotAllowed
                ? t["Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống."]
                : t["Tên đăng nhập hoặc mật khẩu không đúng."];
        log.LogWarning("Failed sign-in for {UserName}: {Reason}", Input.UserName, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong credentials");
        Input.Password = "";
        return Page();
    }
}
