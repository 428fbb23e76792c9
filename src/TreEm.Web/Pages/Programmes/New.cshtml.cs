using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>Creates a programme organised by a unit where the user may record support.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class ProgrammeInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên chương trình.")]
        [StringLength(300, ErrorMessage = "Tên chương trình dài quá 300 ký tự.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn loại chương trình.")]
        public ProgrammeKind? Kind { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập năm.")]
        [Range(2000, 2100, ErrorMessage = "Năm phải từ 2000 đến 2100.")]
        public int? Year { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập mã đơn vị tổ chức.")]
        public string? UnitCode { get; set; }

        [StringLength(300, ErrorMessage = "Tên đối tác, bệnh viện dài quá 300 ký tự.")]
        public string? Partner { get; set; }

        [StringLength(1000, ErrorMessage = "Ghi chú dài quá 1000 ký tự.")]
        public string? Note { get; set; }
    }

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        Input.Year = Display.Today(time).Year;
        var write = scope.For(Capabilities.SupportWrite);
        if (!write.All && write.Paths.Count > 0)
        {
            var top = write.Paths[0];
            Input.UnitCode = await db.Units.AsNoTracking().Where(u => u.Path == top).Select(u => u.Code).FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        int? unitId = null;
        if (CareText.Clean(Input.UnitCode) is { } code)
        {
            var write = scope.For(Capabilities.SupportWrite);
            unitId = await db.Units.AsNoTracking().VisibleTo(write).Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null) ModelState.AddModelError("Input.UnitCode", l["Không tìm thấy đơn vị có mã {0} mà bạn được quyền ghi.", code]);
        }
        if (!ModelState.IsValid) return Page();

        var programme = new ScreeningProgramme
        {
            UnitId = unitId!.Value, Name = Input.Name!.Trim(), Kind = Input.Kind!.Value, Year = Input.Year!.Value,
            Partner = CareText.Clean(Input.Partner), Note = CareText.Clean(Input.Note),
            CreatedAt = time.GetUtcNow().UtcDateTime, CreatedByUserId = me.Id,
        };
        db.ScreeningProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã tạo chương trình {0}.", programme.Name].Value;
        return Redirect("/programmes/" + CareText.Id(programme.Id));
    }
}
