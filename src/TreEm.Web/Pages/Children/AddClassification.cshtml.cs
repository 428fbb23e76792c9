using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Adds a dated classification: one of the 14 groups (with an optional Decree 56 sub-group) or an at-risk
/// situation, from the entries of the catalogues in force.
/// </summary>
public class AddClassificationModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ChildrenResource> l) : PageModel
{
    public sealed class AddInput
    {
        public ClassificationKind? Kind { get; set; }
        public string? GroupCode { get; set; }
        public string? SubgroupCode { get; set; }
        public string? AtRiskCode { get; set; }
        public string? StartDate { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty]
    public AddInput Input { get; set; } = new();

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public List<ChildCatalogue.Entry> Groups { get; private set; } = [];
    public List<ChildCatalogue.Entry> Subgroups { get; private set; } = [];
    public List<ChildCatalogue.Entry> AtRisk { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, ClassificationKind? kind, CancellationToken ct)
    {
        var child = await LoadAsync(id, ct);
        if (child is null) return NotFound();
        Input.Kind = kind ?? ClassificationKind.SpecialCircumstance;
        Input.StartDate = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var child = await LoadAsync(id, ct);
        if (child is null) return NotFound();
        var today = Display.Today(time);
        var start = Display.ParseDate(Input.StartDate);
        var note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim();

        string? group = null, subgroup = null, atRisk = null;
        switch (Input.Kind)
        {
            case ClassificationKind.SpecialCircumstance:
                group = Groups.Find(g => g.Code == Input.GroupCode)?.Code;
                if (group is null) Error(nameof(AddInput.GroupCode), "Vui lòng chọn nhóm hoàn cảnh đặc biệt.");
                if (!string.IsNullOrWhiteSpace(Input.SubgroupCode))
                {
                    var sub = Subgroups.Find(s => s.Code == Input.SubgroupCode);
                    if (sub is null) Error(nameof(AddInput.SubgroupCode), "Nhóm nhỏ không có trong danh mục đang áp dụng.");
                    else if (group is not null && sub.GroupCode != group) Error(nameof(AddInput.SubgroupCode), "Nhóm nhỏ không thuộc nhóm đã chọn.");
                    else subgroup = sub.Code;
                }
                break;
            case ClassificationKind.AtRisk:
                atRisk = AtRisk.Find(a => a.Code == Input.AtRiskCode)?.Code;
                if (atRisk is null) Error(nameof(AddInput.AtRiskCode), "Vui lòng chọn tình huống có nguy cơ.");
                break;
            default:
                Error(nameof(AddInput.Kind), "Vui lòng chọn loại phân loại.");
                break;
        }
        if (string.IsNullOrWhiteSpace(Input.StartDate)) Error(nameof(AddInput.StartDate), "Vui lòng nhập ngày bắt đầu.");
        else if (start is null) Error(nameof(AddInput.StartDate), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (start > today) Error(nameof(AddInput.StartDate), "Ngày bắt đầu không được ở tương lai.");
        else if (start < (child.DateOfBirth ?? new DateOnly(child.BirthYear, 1, 1))) Error(nameof(AddInput.StartDate), "Ngày bắt đầu không được trước ngày sinh của trẻ.");
        if (note?.Length > 500) Error(nameof(AddInput.Note), "Ghi chú dài quá 500 ký tự.");
        if (!ModelState.IsValid) return Page();

        // The same group (or situation) cannot be open twice over the same days.
        var kind = Input.Kind!.Value;
        var same = db.ChildClassifications.AsNoTracking()
            .Where(x => x.ChildId == id && x.Kind == kind && (x.EndDate == null || x.EndDate > start));
        same = kind == ClassificationKind.SpecialCircumstance ? same.Where(x => x.GroupCode == group) : same.Where(x => x.AtRiskCode == atRisk);
        var overlapping = await same
            .OrderBy(x => x.StartDate)
            .Select(x => (DateOnly?)x.StartDate)
            .FirstOrDefaultAsync(ct);
        if (overlapping is { } since)
        {
            ModelState.AddModelError("", l["Trẻ đang có phân loại này (từ ngày {0}). Hãy kết thúc phân loại đó trước khi thêm lại.", Display.Date(since)]);
            return Page();
        }

        db.ChildClassifications.Add(new ChildClassification
        {
            ChildId = id, Kind = kind, GroupCode = group, SubgroupCode = subgroup, AtRiskCode = atRisk,
            StartDate = start!.Value, Note = note,
        });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm phân loại cho trẻ {0}.", child.FullName].Value;
        return Redirect(ChildText.Url(id));
    }

    private void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);

    private async Task<Child?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await db.Children.AsNoTracking().ManagedBy(scope).Where(c => c.MergedIntoId == null).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return null;
        ChildId = child.Id;
        ChildName = child.FullName;
        var today = Display.Today(time);
        Groups = await ChildCatalogue.GroupsAsync(db, today, ct);
        Subgroups = await ChildCatalogue.SubgroupsAsync(db, today, ct);
        AtRisk = await ChildCatalogue.AtRiskAsync(db, ct);
        return child;
    }
}
