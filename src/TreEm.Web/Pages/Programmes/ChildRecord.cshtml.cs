using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>One child of a programme: screening result, referral and surgery (opening it is audited).</summary>
public class ChildRecordModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class RecordInput
    {
        public string? ScreenedOn { get; set; }
        public ScreeningResult? Result { get; set; }
        public string? ResultText { get; set; }
        public string? ReferredTo { get; set; }
        public bool SurgeryDone { get; set; }
        public string? SurgeryDate { get; set; }
        public string? Hospital { get; set; }
        public string? Note { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public ProgrammeChild Record { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int pcId, CancellationToken ct)
    {
        if (await LoadAsync(id, pcId, ct) is not { } pc) return NotFound();
        Input = new RecordInput
        {
            ScreenedOn = Display.Date(pc.ScreenedOn), Result = pc.Result, ResultText = pc.ResultText, ReferredTo = pc.ReferredTo,
            SurgeryDone = pc.SurgeryDone, SurgeryDate = Display.Date(pc.SurgeryDate), Hospital = pc.Hospital, Note = pc.Note, Version = pc.Version,
        };
        db.AuditRead(nameof(ProgrammeChild), CareText.Id(pc.Id), pc.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int pcId, CancellationToken ct)
    {
        if (await LoadAsync(id, pcId, ct) is not { } pc) return NotFound();
        if (!CanWrite) return Forbid();
        var screened = Display.ParseDate(Input.ScreenedOn);
        var surgery = Display.ParseDate(Input.SurgeryDate);
        var errors = ProgrammeRules.Check(screened, Input.Result, Input.SurgeryDone, surgery, Input.Hospital, Display.Today(time));
        if (!string.IsNullOrWhiteSpace(Input.ScreenedOn) && screened is null)
            errors[nameof(RecordInput.ScreenedOn)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        if (!string.IsNullOrWhiteSpace(Input.SurgeryDate) && surgery is null)
            errors[nameof(RecordInput.SurgeryDate)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        if ((Input.ResultText?.Length ?? 0) > 500) errors[nameof(RecordInput.ResultText)] = "Kết quả dài quá 500 ký tự.";
        if ((Input.Note?.Length ?? 0) > 1000) errors[nameof(RecordInput.Note)] = "Ghi chú dài quá 1000 ký tự.";
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
            return Page();
        }

        var tracked = await db.ProgrammeChildren.FirstAsync(x => x.Id == pc.Id, ct);
        db.Entry(tracked).Property(x => x.Version).OriginalValue = Input.Version;
        tracked.ScreenedOn = screened;
        tracked.Result = Input.Result;
        tracked.ResultText = CareText.Clean(Input.ResultText);
        tracked.ReferredTo = CareText.Clean(Input.ReferredTo);
        tracked.SurgeryDone = Input.SurgeryDone;
        tracked.SurgeryDate = Input.SurgeryDone ? surgery : null;
        tracked.Hospital = CareText.Clean(Input.Hospital);
        tracked.Note = CareText.Clean(Input.Note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ vừa được người khác sửa. Hãy tải lại trang và nhập lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu kết quả của trẻ {0}.", pc.Child!.FullName].Value;
        return Redirect("/programmes/" + CareText.Id(id));
    }

    private async Task<ProgrammeChild?> LoadAsync(int id, int pcId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pc = await db.ProgrammeChildren.AsNoTracking().VisibleTo(scope).Include(x => x.Programme).Include(x => x.Child).Include(x => x.Unit)
            .FirstOrDefaultAsync(x => x.Id == pcId && x.ProgrammeId == id, ct);
        if (pc is null) return null;
        Record = pc;
        CanWrite = await CareText.CanWriteAsync(db, scope, pc.UnitId, ct);
        return pc;
    }
}
