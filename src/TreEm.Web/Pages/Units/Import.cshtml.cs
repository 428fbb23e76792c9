using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Seed;
using TreEm.Domain;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>Imports units from a CSV file: a dry run that lists every row's problems, then the commit.</summary>
[Authorize(Policy = Policies.Administrator)]
public class ImportModel(TreEmDbContext db, IAuditActor actor, IStringLocalizer<UnitsResource> l) : PageModel
{
    public const string DryRun = "dryrun";
    public const string Commit = "commit";

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        /// <summary><see cref="DryRun"/> (the default, also when the form is sent with Enter) or <see cref="Commit"/>.</summary>
        public string? Mode { get; set; }
    }

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public List<UnitType> Types { get; private set; } = [];
    public UnitImportResult? Result { get; private set; }
    public bool WasDryRun { get; private set; }
    public string? FileName { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadTypesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTypesAsync(ct);
        var problem = await UnitUpload.ProblemAsync(Input.File, l, ct);
        if (problem is not null)
        {
            ModelState.AddModelError("Input.File", problem);
            return Page();
        }
        var file = Input.File!;
        FileName = UnitUpload.FileName(file);
        WasDryRun = Input.Mode != Commit;
        if (!WasDryRun) actor.Reason = $"Nhập danh mục đơn vị từ tệp {FileName}";
        await using (var stream = file.OpenReadStream())
            Result = await UnitCsvImport.ImportAsync(db, stream, WasDryRun, ct);
        if (!Result.Committed) return Page();

        TempData["Flash"] = l["Đã nhập tệp «{0}»: {1} đơn vị tạo mới, {2} cập nhật, {3} không thay đổi.",
            FileName, Result.Created, Result.Updated, Result.Unchanged].Value;
        return Redirect("/units/import");
    }

    private async Task LoadTypesAsync(CancellationToken ct) =>
        Types = (await db.UnitTypes.AsNoTracking().ToListAsync(ct))
            .OrderBy(t => t.Tier).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
}
