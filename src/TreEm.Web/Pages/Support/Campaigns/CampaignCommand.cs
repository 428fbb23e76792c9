using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>
/// A bulk entry (chiến dịch trợ giúp): picks the children (by filter or by a list of register numbers) among those
/// the user manages and may record support for, then saves the campaign, one record per child and, when the fund
/// pays, one disbursement of the fund, all in one SaveChanges.
/// </summary>
public sealed class CampaignCommand(TreEmDbContext db, UserScope scope, DateOnly today)
{
    public const int MaxChildren = 2000;

    public sealed record Picked(int Id, string FullName, int UnitId, string UnitName, string UnitPath);

    public sealed class Selection
    {
        public bool ByList { get; set; }
        public string? UnitCode { get; set; }
        public string? GroupCode { get; set; }
        public int? AgeFrom { get; set; }
        public int? AgeTo { get; set; }
        public string? RegisterIds { get; set; }
    }

    private IQueryable<Child> Supportable() =>
        db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy);

    /// <summary>The chosen children, or the Vietnamese reasons (keyed by field) the selection is refused.</summary>
    public async Task<(List<Picked> Children, Dictionary<string, string> Errors)> SelectAsync(Selection s, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = Supportable();
        if (s.ByList)
        {
            var parts = (s.RegisterIds ?? "").Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var bad = parts.Where(p => !int.TryParse(p.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
            var ids = parts.Except(bad).Select(p => int.Parse(p.TrimStart('#'), CultureInfo.InvariantCulture)).Distinct().ToList();
            if (bad.Count > 0) errors[nameof(Selection.RegisterIds)] = $"Mã không hợp lệ: {string.Join(", ", bad.Take(10))}. Mỗi mã là một số.";
            else if (ids.Count == 0) errors[nameof(Selection.RegisterIds)] = "Vui lòng dán danh sách mã trẻ (mỗi dòng một mã, hoặc cách nhau bởi dấu phẩy).";
            else if (ids.Count > MaxChildren) errors[nameof(Selection.RegisterIds)] = $"Một chiến dịch có tối đa {MaxChildren} trẻ.";
            if (errors.Count > 0) return ([], errors);
            var found = await Project(query.Where(c => ids.Contains(c.Id))).ToListAsync(ct);
            var missing = ids.Except(found.Select(c => c.Id)).ToList();
            if (missing.Count > 0)
            {
                errors[nameof(Selection.RegisterIds)] = "Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã: " +
                    string.Join(", ", missing.Take(20).Select(i => i.ToString(CultureInfo.InvariantCulture))) + (missing.Count > 20 ? ", …" : "") + ".";
                return ([], errors);
            }
            return (Order(found), errors);
        }

        if (!string.IsNullOrWhiteSpace(s.UnitCode))
        {
            var code = s.UnitCode.Trim();
            var path = await db.Units.AsNoTracking().VisibleTo(scope).Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null) errors[nameof(Selection.UnitCode)] = $"Không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.";
            else query = query.Where(c => c.Unit!.Path.StartsWith(path));
        }
        if (!string.IsNullOrWhiteSpace(s.GroupCode))
        {
            var group = s.GroupCode.Trim();
            query = query.Where(c => c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance && x.GroupCode == group
                && x.StartDate <= today && (x.EndDate == null || x.EndDate > today)));
        }
        if (s.AgeFrom is < 0 or > 18) errors[nameof(Selection.AgeFrom)] = "Tuổi phải từ 0 đến 18.";
        if (s.AgeTo is < 0 or > 18) errors[nameof(Selection.AgeTo)] = "Tuổi phải từ 0 đến 18.";
        if (s.AgeFrom > s.AgeTo) errors[nameof(Selection.AgeTo)] = "Tuổi đến phải lớn hơn hoặc bằng tuổi từ.";
        if (errors.Count > 0) return ([], errors);
        if (s.AgeFrom is { } from)
        {
            var bornBy = today.AddYears(-from);
            query = query.Where(c => c.DateOfBirth != null ? c.DateOfBirth <= bornBy : c.BirthYear <= bornBy.Year);
        }
        if (s.AgeTo is { } to)
        {
            var bornAfter = today.AddYears(-(to + 1));
            query = query.Where(c => c.DateOfBirth != null ? c.DateOfBirth > bornAfter : c.BirthYear > bornAfter.Year);
        }
        var children = await Project(query).Take(MaxChildren + 1).ToListAsync(ct);
        if (children.Count > MaxChildren) errors[""] = $"Có hơn {MaxChildren} trẻ phù hợp: hãy thu hẹp điều kiện chọn.";
        else if (children.Count == 0) errors[""] = "Không có trẻ nào phù hợp với điều kiện đã chọn.";
        return (Order(children), errors);
    }

    private static IQueryable<Picked> Project(IQueryable<Child> q) =>
        q.Select(c => new Picked(c.Id, c.FullName, c.UnitId, c.Unit!.Name, c.Unit.Path));

    private static List<Picked> Order(List<Picked> children) =>
        children.OrderBy(c => c.UnitPath, StringComparer.Ordinal).ThenBy(c => c.FullName, StringComparer.Create(new CultureInfo("vi-VN"), false)).ThenBy(c => c.Id).ToList();

    /// <summary>Funds the user may draw on: visible to them and where they may write the ledger.</summary>
    public IQueryable<ChildFund> DrawableFunds() => db.ChildFunds.DrawableBy(scope);

    /// <summary>
    /// Saves the campaign (one SaveChanges). Returns the campaign, or the Vietnamese reason it is refused (the fund's
    /// balance, a fund the user may not use).
    /// </summary>
    public async Task<(SupportCampaign? Campaign, string? Refusal)> SaveAsync(
        string name, SupportDraft draft, List<Picked> children, int? fundId, DateTime now, string? userId, CancellationToken ct)
    {
        var campaign = new SupportCampaign
        {
            UnitId = await CampaignUnitAsync(children, ct),
            Name = name.Trim(),
            FormCode = SupportDraft.Clean(draft.FormCode)!,
            Date = draft.Date!.Value,
            ValuePerChildVnd = draft.ValueVnd!.Value,
            Source = draft.Source!.Value,
            DonorName = draft.Source == FundingSource.NhaTaiTro ? SupportDraft.Clean(draft.DonorName) : null,
            Provider = SupportDraft.Clean(draft.Provider),
            Level = draft.Level!.Value,
            ChildCount = children.Count,
            CreatedAt = now,
            CreatedByUserId = userId,
        };
        if (campaign.Source == FundingSource.QuyBaoTro)
        {
            var (entry, refusal) = await FundDraw.AddDisbursementAsync(db, scope, fundId, campaign.Date,
                campaign.ValuePerChildVnd * children.Count, $"Chi chiến dịch: {campaign.Name}", now, userId, ct);
            if (entry is null) return (null, refusal);
            campaign.FundEntryId = entry.Id;
        }
        db.SupportCampaigns.Add(campaign);
        foreach (var c in children)
        {
            var record = draft.ToRecord(c.Id, c.UnitId, now, userId);
            record.Campaign = campaign;
            db.SupportRecords.Add(record);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (campaign.Source == FundingSource.QuyBaoTro)
        {
            // Another entry of the fund was saved meanwhile: the balance checked above may be stale. Nothing was saved.
            db.ChangeTracker.Clear();
            return (null, FundWrites.ConcurrentEntryMessage);
        }
        return (campaign, null);
    }

    /// <summary>The campaign belongs to the lowest unit holding all its children.</summary>
    private async Task<int> CampaignUnitAsync(List<Picked> children, CancellationToken ct)
    {
        var common = children.Select(c => c.UnitPath).Aggregate((a, b) =>
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            return a[..(a.LastIndexOf('/', Math.Max(0, i - 1)) + 1)];
        });
        var unit = await db.Units.AsNoTracking().Where(u => u.Path == common).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        return unit ?? children[0].UnitId;
    }
}
