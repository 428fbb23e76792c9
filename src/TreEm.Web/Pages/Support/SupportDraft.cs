using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Support;

/// <summary>
/// What a user typed for a support (one child, or each child of a campaign), checked the same way by the pages and
/// the API. Messages are Vietnamese and keyed by field name.
/// </summary>
public sealed class SupportDraft
{
    public const int MaxText = 200;
    public const int MaxNote = 500;

    public string? FormCode { get; set; }
    public DateOnly? Date { get; set; }
    public decimal? ValueVnd { get; set; }
    public FundingSource? Source { get; set; }
    public string? DonorName { get; set; }
    public string? Provider { get; set; }
    public ProtectionLevel? Level { get; set; }
    public string? Note { get; set; }
    /// <summary>The fund that pays, when the source is the fund (<see cref="FundingSource.QuyBaoTro"/>).</summary>
    public int? FundId { get; set; }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Checks the fields; the keys are the property names (FormCode, Date, ValueVnd, ...).</summary>
    public async Task<Dictionary<string, string>> ValidateAsync(TreEmDbContext db, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = Clean(FormCode);
        if (code is null) errors[nameof(FormCode)] = "Vui lòng chọn hình thức trợ giúp.";
        else if (!await db.SupportForms.AnyAsync(f => f.Code == code && f.IsActive, ct))
            errors[nameof(FormCode)] = "Hình thức trợ giúp không có trong danh mục đang áp dụng.";
        if (Date is null) errors[nameof(Date)] = "Vui lòng nhập ngày trợ giúp (ngày/tháng/năm).";
        else if (Date > today) errors[nameof(Date)] = "Ngày trợ giúp không được ở tương lai.";
        if (ValueVnd is null) errors[nameof(ValueVnd)] = "Vui lòng nhập giá trị (đồng), ghi 0 nếu không quy được ra tiền.";
        else if (ValueVnd < 0) errors[nameof(ValueVnd)] = "Giá trị không được âm.";
        else if (decimal.Round(ValueVnd.Value, 0) != ValueVnd) errors[nameof(ValueVnd)] = "Giá trị tính bằng đồng, không có phần lẻ.";
        else if (ValueVnd > 100_000_000_000m) errors[nameof(ValueVnd)] = "Giá trị quá lớn.";
        if (Source is null || !Enum.IsDefined(Source.Value)) errors[nameof(Source)] = "Vui lòng chọn nguồn kinh phí.";
        else if (Source == FundingSource.NhaTaiTro && Clean(DonorName) is null)
            errors[nameof(DonorName)] = "Vui lòng ghi tên nhà tài trợ.";
        else if (Source == FundingSource.QuyBaoTro && FundId is null)
            errors[nameof(FundId)] = "Vui lòng chọn quỹ chi trả.";
        if (Level is null || !Enum.IsDefined(Level.Value)) errors[nameof(Level)] = "Vui lòng chọn cấp độ bảo vệ.";
        if (Clean(DonorName)?.Length > MaxText) errors[nameof(DonorName)] = "Tên nhà tài trợ dài quá 200 ký tự.";
        if (Clean(Provider)?.Length > MaxText) errors[nameof(Provider)] = "Đơn vị, người trao dài quá 200 ký tự.";
        if (Clean(Note)?.Length > MaxNote) errors[nameof(Note)] = "Ghi chú dài quá 500 ký tự.";
        return errors;
    }

    /// <summary>A record for one child, living now in the given unit (call only after <see cref="ValidateAsync"/> passed).</summary>
    public SupportRecord ToRecord(int childId, int unitId, DateTime now, string? userId, int? campaignId = null) => new()
    {
        ChildId = childId,
        UnitId = unitId,
        FormCode = Clean(FormCode)!,
        Date = Date!.Value,
        ValueVnd = ValueVnd!.Value,
        Source = Source!.Value,
        DonorName = Source == FundingSource.NhaTaiTro ? Clean(DonorName) : null,
        Provider = Clean(Provider),
        Level = Level!.Value,
        Note = Clean(Note),
        CampaignId = campaignId,
        CreatedAt = now,
        CreatedByUserId = userId,
    };
}
