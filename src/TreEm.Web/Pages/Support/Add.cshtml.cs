using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>Records one support given to one child the user manages and may record support for.</summary>
public class AddModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SupportResource> l) : PageModel
{
    public sealed class AddInput
    {
        public string? FormCode { get; set; }
        public string? Date { get; set; }
        public string? ValueVnd { get; set; }
        public FundingSource? Source { get; set; }
        public string? DonorName { get; set; }
        public string? Provider { get; set; }
        public ProtectionLevel? Level { get; set; }
        public string? Note { get; set; }
        public int? FundId { get; set; }
    }

    [BindProperty]
    public AddInput Input { get; set; } = new();

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public List<SupportForm> Forms { get; private set; } = [];
    /// <summary>Funds the user may draw on, for a support paid by the fund.</summary>
    public List<ChildFund> Funds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null) return NotFound();
        Input.Date = Display.Date(Display.Today(time));
        Input.Level = ProtectionLevel.HoTro;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var child = await LoadAsync(id, ct);
        if (child is null) return NotFound();
        var draft = new SupportDraft
        {
            FormCode = Input.FormCode, Date = Display.ParseDate(Input.Date), ValueVnd = SupportText.ParseMoney(Input.ValueVnd),
            Source = Input.Source, DonorName = Input.DonorName, Provider = Input.Provider, Level = Input.Level, Note = Input.Note,
            FundId = Input.FundId,
        };
        var errors = await draft.ValidateAsync(db, Display.Today(time), ct);
        // Say precisely what was wrong with what was typed, rather than "missing".
        if (!string.IsNullOrWhiteSpace(Input.Date) && draft.Date is null)
            errors[nameof(SupportDraft.Date)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        if (!string.IsNullOrWhiteSpace(Input.ValueVnd) && draft.ValueVnd is null)
            errors[nameof(SupportDraft.ValueVnd)] = "Giá trị phải là một số đồng, ví dụ 500.000.";
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
            return Page();
        }

        var (saved, refusal) = await SupportCommand.SaveAsync(db, await me.ScopeAsync(ct), draft, child, time.GetUtcNow().UtcDateTime, me.Id, ct);
        if (saved is null)
        {
            ModelState.AddModelError("Input." + nameof(AddInput.FundId), l[refusal!]);
            return Page();
        }
        TempData["Flash"] = l["Đã ghi trợ giúp cho trẻ {0}.", child.FullName].Value;
        return Redirect(ChildText.Url(id));
    }

    private async Task<Child?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return null;
        ChildId = child.Id;
        ChildName = child.FullName;
        Forms = await SupportForms.ActiveAsync(db, ct);
        Funds = await db.ChildFunds.DrawableBy(scope).OrderBy(f => f.Name).ToListAsync(ct);
        return child;
    }
}
