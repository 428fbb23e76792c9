using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Appendices;

/// <summary>
/// An administrator edits an appendix layout: its title and its rows, one per line (<c>cấp | tên | mã | khóa</c>).
/// A line with an unknown indicator or a wrong form is refused with its number and the text stays as typed; a save
/// over someone else's newer version is refused. Every change is audited (the layout is an audited entity).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class EditModel(TreEmDbContext db, IAuditActor actor, TimeProvider time, IStringLocalizer<ReportDocumentsResource> l) : PageModel
{
    public sealed class EditInput
    {
        [Required(ErrorMessage = "Nhập tên phụ lục.")]
        [StringLength(300, ErrorMessage = "Tên phụ lục dài tối đa 300 ký tự.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Nhập các dòng của phụ lục.")]
        public string Rows { get; set; } = "";

        public int Version { get; set; }
    }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    public int Number { get; private set; }

    public IReadOnlyList<AppendixRowError> Errors { get; private set; } = [];

    public static IReadOnlyList<IndicatorDefinition> Indicators => IndicatorCatalogue.All;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        var layout = await db.AppendixLayouts.AsNoTracking().FirstOrDefaultAsync(a => a.Number == number, ct);
        if (layout is null) return NotFound();
        Number = number;
        Input = new EditInput { Title = layout.Title, Rows = AppendixRows.ToText(AppendixRows.Parse(layout.RowsJson)), Version = layout.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken ct)
    {
        var layout = await db.AppendixLayouts.FirstOrDefaultAsync(a => a.Number == number, ct);
        if (layout is null) return NotFound();
        Number = number;
        var (rows, errors) = AppendixRows.ParseText(Input.Rows);
        if (!string.IsNullOrWhiteSpace(Input.Rows) && errors.Count > 0)
        {
            Errors = errors;
            foreach (var e in errors) ModelState.AddModelError("Input.Rows", e.Message);
        }
        if (!ModelState.IsValid) return Page();

        layout.Title = Input.Title.Trim();
        layout.RowsJson = AppendixRows.Serialize(rows);
        layout.UpdatedAt = time.GetUtcNow().UtcDateTime;
        layout.UpdatedBy = actor.UserName ?? "";
        db.Entry(layout).Property(a => a.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Phụ lục vừa được người khác sửa. Tải lại trang để xem bản mới rồi sửa lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu phụ lục {0} ({1} dòng).", number, rows.Count].Value;
        return Redirect("/reports/appendices");
    }
}
