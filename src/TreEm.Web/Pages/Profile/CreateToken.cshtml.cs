using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Profile;

/// <summary>
/// Creates a personal access token. Its plain text is shown once, in the answer to the form; only its hash
/// is stored, so nobody can show it again.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class CreateTokenModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed class TokenInput
    {
        [Required(ErrorMessage = "Vui lòng đặt tên cho mã truy cập.")]
        [StringLength(100, ErrorMessage = "Tên dài tối đa 100 ký tự.")]
        public string Name { get; set; } = "";
    }

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    /// <summary>Set only in the answer to a successful POST.</summary>
    public string? NewToken { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        if (!ModelState.IsValid) return Page();
        NewToken = await ApiTokens.CreateAsync(db, userId, Input.Name, time.GetUtcNow().UtcDateTime, ct);
        return Page();
    }
}
