using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>
/// Retires an at-risk situation: it is no longer offered when children are classified, and the classifications
/// that use it keep its code. Nothing is deleted; the situation can be used again later.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class AtRiskDeactivateModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<CataloguesResource> l) : PageModel
{
    public sealed class DeactivateInput
    {
        [StringLength(500, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
        public string? Reason { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Vui lòng đánh dấu ô xác nhận.")]
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public DeactivateInput Input { get; set; } = new();

    public AtRiskSituation Situation { get; private set; } = null!;

    /// <summary>Children in the situation now: they keep it after it is retired.</summary>
    public int Children { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        return Situation.IsActive ? Page() : Redirect(AtRiskCatalogue.ListUrl);
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!Situation.IsActive) return Redirect(AtRiskCatalogue.ListUrl);
        if (!ModelState.IsValid) return Page();

        Situation.IsActive = false;
        if (!string.IsNullOrWhiteSpace(Input.Reason)) actor.Reason = Input.Reason.Trim();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ngừng dùng tình huống {0}.", Situation.Code].Value;
        return Redirect(AtRiskCatalogue.ListUrl);
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await AtRiskCatalogue.FindAsync(db, code, ct) is not { } found) return false;
        Situation = found;
        Children = await AtRiskCatalogue.CurrentUsesAsync(db, await me.ScopeAsync(ct), found.Code, Display.Today(time), ct);
        return true;
    }
}
