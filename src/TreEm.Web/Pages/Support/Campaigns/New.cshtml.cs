using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>
/// Bulk entry: the form is posted once to preview the children and the total, then again with the confirmation to
/// save (the children are picked again from the same conditions, so the preview cannot be tampered with).
/// </summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SupportResource> l) : PageModel
{
    public sealed class CampaignInput
    {
        public string? Name { get; set; }
        public string? FormCode { get; set; }
        public string? Date { get; set; }
        public string? ValueVnd { get; set; }
        public FundingSource? Source { get; set; }
        public string? DonorName { get; set; }
        public string? Provider { get; set; }
        public ProtectionLevel? Level { get; set; }
        public int? FundId { get; set; }
        public bool ByList { get; set; }
        public string? UnitCode { get; set; }
        public string? GroupCode { get; set; }
        public int? AgeFrom { get; set; }
        public int? AgeTo { get; set; }
        public string? RegisterIds { get; set; }
        public bool Confirmed { get; set; }
    }

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public List<SupportForm> Forms { get; private set; } = [];
    public List<ChildCatalogue.Entry> Groups { get; private set; } = [];
    public List<(int Id, string Name)> Funds { get; private set; } = [];

    /// <summary>The children about to be supported (after a valid preview).</summary>
    public List<CampaignCommand.Picked>? Preview { get; private set; }
    public decimal PreviewTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input.Date = Display.Date(Display.Today(time));
        Input.Level = ProtectionLevel.HoTro;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var scope = await me.ScopeAsync(ct);
        var today = Display.Today(time);
        var draft = new SupportDraft
        {
            FormCode = Input.FormCode, Date = Display.ParseDate(Input.Date), ValueVnd = SupportText.ParseMoney(Input.ValueVnd),
            Source = Input.Source, DonorName = Input.DonorName, Provider = Input.Provider, Level = Input.Level, FundId = Input.FundId,
        };
        var errors = await draft.ValidateAsync(db, today, ct);
        if (!string.IsNullOrWhiteSpace(Input.Date) && draft.Date is null)
            errors[nameof(SupportDraft.Date)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        if (!string.IsNullOrWhiteSpace(Input.ValueVnd) && draft.ValueVnd is null)
            errors[nameof(SupportDraft.ValueVnd)] = "Giá trị phải là một số đồng, ví dụ 500.000.";
        var name = SupportDraft.Clean(Input.Name);
        if (name is null) errors[nameof(CampaignInput.Name)] = "Vui lòng nhập tên chiến dịch.";
        else if (name.Length > 200) errors[nameof(CampaignInput.Name)] = "Tên chiến dịch dài quá 200 ký tự.";
        if (Input.Source == FundingSource.QuyBaoTro && (Input.FundId is null || !Funds.Exists(f => f.Id == Input.FundId)))
            errors[nameof(CampaignInput.FundId)] = "Vui lòng chọn quỹ chi trả mà bạn được quyền ghi sổ.";

        var command = new CampaignCommand(db, scope, today);
        var (children, selectionErrors) = await command.SelectAsync(new CampaignCommand.Selection
        {
            ByList = Input.ByList, UnitCode = Input.UnitCode, GroupCode = Input.GroupCode, AgeFrom = Input.AgeFrom, AgeTo = Input.AgeTo,
            RegisterIds = Input.RegisterIds,
        }, ct);
        foreach (var (field, message) in selectionErrors) errors[field] = message;
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, l[message]);
            Input.Confirmed = false;
            return Page();
        }

        if (!Input.Confirmed)
        {
            Preview = children;
            PreviewTotal = draft.ValueVnd!.Value * children.Count;
            ModelState.Remove("Input.Confirmed");
            return Page();
        }

        var (campaign, refusal) = await command.SaveAsync(name!, draft, children, Input.FundId, time.GetUtcNow().UtcDateTime, me.Id, ct);
        if (campaign is null)
        {
            ModelState.AddModelError("", l[refusal!]);
            ModelState.Remove("Input.Confirmed");
            Input.Confirmed = false;
            return Page();
        }
        TempData["Flash"] = l["Đã ghi chiến dịch {0}: {1} trẻ được trợ giúp.", campaign.Name, campaign.ChildCount].Value;
        return Redirect($"/support/campaigns/{campaign.Id}");
    }

    /// <summary>False when the user may record support nowhere.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var write = scope.For(Capabilities.SupportWrite);
        if (!write.All && write.Paths.Count == 0) return false;
        Forms = await SupportForms.ActiveAsync(db, ct);
        Groups = await ChildCatalogue.GroupsAsync(db, Display.Today(time), ct);
        Funds = (await new CampaignCommand(db, scope, Display.Today(time)).DrawableFunds()
                .OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            .Select(f => (f.Id, f.Name)).ToList();
        return true;
    }
}
