using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;

namespace TreEm.Web.Pages.Injuries;

/// <summary>The form shared by the new and edit pages of an injury.</summary>
public abstract class InjuryFormPage : PageModel
{
    [BindProperty]
    public InjuryForm Input { get; set; } = new();

    public List<SelectListItem> Ethnicities { get; private set; } = [];

    public string BackUrl { get; protected set; } = "/injuries";

    protected async Task LoadOptionsAsync(TreEmDbContext db, CancellationToken ct) =>
        Ethnicities = await db.Ethnicities.AsNoTracking().OrderBy(e => e.SortOrder)
            .Select(e => new SelectListItem(e.Name, e.Code)).ToListAsync(ct);
}
