using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Importing;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>
/// Upload of a children file (.xlsx or .csv in the template's layout). The file is checked, stored, and handed to
/// the background worker as a job; the job page shows progress and results.
/// </summary>
[RequestSizeLimit(ChildImportFiles.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ChildImportFiles.RequestLimit)]
public class IndexModel(TreEmDbContext db, CurrentUser me, ChildImportUpload upload, IStringLocalizer<ChildImportResource> l) : PageModel
{
    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        /// <summary>Only check (the default, also when the field is absent), or check and write.</summary>
        public bool DryRun { get; set; } = true;
    }

    public sealed record JobRow(Guid Id, string FileName, bool DryRun, ImportJobStatus Status, DateTime CreatedAt,
        int TotalRows, int ProcessedRows, int CreatedRows, int UpdatedRows, int ErrorRows);

    public sealed record Code(string Value, string Name);

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public List<JobRow> Jobs { get; private set; } = [];
    public List<Code> Groups { get; private set; } = [];
    public List<Code> AtRisk { get; private set; } = [];
    public List<Code> Ethnicities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ImportUserScope.CanImport(await me.ScopeAsync(ct))) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ImportUserScope.CanImport(await me.ScopeAsync(ct))) return Forbid();
        var outcome = await upload.AcceptAsync(Input.File, Input.DryRun, me.Id!, me.UserName, ct);
        if (outcome.Problem is not null)
        {
            ModelState.AddModelError("Input.File", outcome.Problem);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = Input.DryRun
            ? l["Đã tải tệp lên. Hệ thống đang kiểm tra từng dòng; chưa có gì được ghi vào sổ."].Value
            : l["Đã tải tệp lên. Hệ thống đang nhập các dòng hợp lệ."].Value;
        return Redirect($"/children/import/{outcome.JobId}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = me.Id;
        Jobs = await db.ImportJobs.AsNoTracking()
            .Where(j => j.UserId == userId && j.Kind == ImportJobRunner.Kind)
            .OrderByDescending(j => j.CreatedAt)
            .Take(10)
            .Select(j => new JobRow(j.Id, j.FileName, j.DryRun, j.Status, j.CreatedAt, j.TotalRows, j.ProcessedRows, j.CreatedRows, j.UpdatedRows, j.ErrorRows))
            .ToListAsync(ct);
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name == "en-US";
        Groups = await db.SpecialCircumstanceGroups.AsNoTracking().OrderBy(g => g.SortOrder)
            .Select(g => new Code(g.Code, english ? g.NameEn : g.Name)).ToListAsync(ct);
        AtRisk = await db.AtRiskSituations.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder)
            .Select(a => new Code(a.Code, english ? a.NameEn : a.Name)).ToListAsync(ct);
        Ethnicities = await db.Ethnicities.AsNoTracking().OrderBy(e => e.Code).Select(e => new Code(e.Code, e.Name)).ToListAsync(ct);
    }
}
