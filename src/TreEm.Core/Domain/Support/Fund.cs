using TreEm.Auditing;

namespace TreEm.Domain.Support;

/// <summary>A child-protection fund (Quỹ Bảo trợ trẻ em) held by a unit, usually the province.</summary>
public class ChildFund : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// When the last entry was written. Every entry touches the fund so that its <see cref="Version"/> moves: of two
    /// entries checked against the same balance at the same time, the second one's save fails instead of overdrawing.
    /// </summary>
    public DateTime? LastEntryAt { get; set; }
    public int Version { get; set; }
    public List<FundEntry> Entries { get; set; } = [];
    public List<FundTarget> Targets { get; set; } = [];
}

/// <summary>What a fund aims to raise in a year (the 2021 plan: at least 4 tỷ đồng).</summary>
public class FundTarget
{
    public int Id { get; set; }
    public int FundId { get; set; }
    public int Year { get; set; }
    public decimal AmountVnd { get; set; }
}

public enum FundEntryKind
{
    /// <summary>Thu: money or goods received.</summary>
    Receipt = 1,
    /// <summary>Chi: paid out, usually for support records.</summary>
    Disbursement = 2,
    /// <summary>Bút toán đảo: cancels a wrong entry, with a reason (entries are never edited or deleted).</summary>
    Reversal = 3,
}

/// <summary>How a receipt came (tiền mặt / hiện vật / chương trình).</summary>
public enum ReceiptType
{
    TienMat = 1,
    /// <summary>In kind, at its valuation in VND.</summary>
    HienVat = 2,
    /// <summary>A programme funded by a sponsor (e.g. heart surgeries).</summary>
    ChuongTrinh = 3,
}

/// <summary>
/// One line of a fund's ledger. Append-only: the application never changes or deletes one (the DbContext refuses);
/// a mistake is corrected by a <see cref="FundEntryKind.Reversal"/> of the whole entry, with a reason.
/// </summary>
public class FundEntry : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int FundId { get; set; }
    public ChildFund? Fund { get; set; }

    /// <summary>The fund's unit, copied so the audit log and scoping need no join.</summary>
    public int UnitId { get; set; }
    public FundEntryKind Kind { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Always positive; the kind says which way it goes.</summary>
    public decimal AmountVnd { get; set; }
    public ReceiptType? ReceiptType { get; set; }
    public string? Donor { get; set; }

    /// <summary>What the donor asked the money to be used for (e.g. "phẫu thuật tim").</summary>
    public string? Earmark { get; set; }
    public string? DocumentNumber { get; set; }
    public string Description { get; set; } = "";

    /// <summary>For a reversal: the entry it cancels, and why.</summary>
    public int? ReversesEntryId { get; set; }
    public string? Reason { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
}

/// <summary>The rules of a fund's ledger: balance, totals, and which entries may be made.</summary>
public static class FundLedger
{
    /// <summary>The signed effect of an entry on the balance; a reversal undoes the entry it cancels.</summary>
    public static decimal Effect(FundEntry entry, IReadOnlyDictionary<int, FundEntry> byId) => entry.Kind switch
    {
        FundEntryKind.Receipt => entry.AmountVnd,
        FundEntryKind.Disbursement => -entry.AmountVnd,
        FundEntryKind.Reversal when entry.ReversesEntryId is { } id && byId.TryGetValue(id, out var original) =>
            -Effect(original, byId),
        _ => 0m,
    };

    public sealed record Totals(decimal Received, decimal Disbursed, decimal Balance);

    /// <summary>Received and disbursed net of reversals, and the balance, up to and including a day (all when null).</summary>
    public static Totals Compute(IEnumerable<FundEntry> entries, DateOnly? until = null)
    {
        var all = entries.ToDictionary(e => e.Id);
        decimal received = 0, disbursed = 0;
        foreach (var e in all.Values.Where(e => until is null || e.Date <= until))
        {
            var kind = e.Kind == FundEntryKind.Reversal && e.ReversesEntryId is { } id && all.TryGetValue(id, out var o) ? o.Kind : e.Kind;
            var amount = e.Kind == FundEntryKind.Reversal ? -e.AmountVnd : e.AmountVnd;
            if (kind == FundEntryKind.Receipt) received += amount;
            else if (kind == FundEntryKind.Disbursement) disbursed += amount;
        }
        return new Totals(received, disbursed, received - disbursed);
    }

    /// <summary>Checks a new entry against the ledger; returns the Vietnamese reason it is refused, or null.</summary>
    public static string? Refusal(FundEntry entry, IReadOnlyCollection<FundEntry> ledger)
    {
        if (entry.AmountVnd <= 0) return "Số tiền phải lớn hơn 0.";
        if (decimal.Round(entry.AmountVnd, 0) != entry.AmountVnd) return "Số tiền tính bằng đồng, không có phần lẻ.";
        if (string.IsNullOrWhiteSpace(entry.Description)) return "Ghi nội dung của bút toán.";
        switch (entry.Kind)
        {
            case FundEntryKind.Receipt:
                if (entry.ReceiptType is null) return "Chọn hình thức tiếp nhận (tiền mặt, hiện vật, chương trình).";
                if (string.IsNullOrWhiteSpace(entry.Donor)) return "Ghi tên tổ chức, cá nhân ủng hộ.";
                return null;
            case FundEntryKind.Disbursement:
                var balance = Compute(ledger).Balance;
                return entry.AmountVnd > balance
                    ? $"Số dư của quỹ ({balance:N0} đồng) không đủ để chi {entry.AmountVnd:N0} đồng."
                    : null;
            default:
                if (string.IsNullOrWhiteSpace(entry.Reason)) return "Ghi lý do của bút toán đảo.";
                var original = ledger.FirstOrDefault(e => e.Id == entry.ReversesEntryId);
                if (original is null || original.Kind == FundEntryKind.Reversal) return "Chỉ đảo một bút toán thu hoặc chi của quỹ này.";
                if (ledger.Any(e => e.Kind == FundEntryKind.Reversal && e.ReversesEntryId == original.Id)) return "Bút toán này đã được đảo.";
                if (entry.AmountVnd != original.AmountVnd) return "Bút toán đảo phải bằng đúng số tiền của bút toán gốc.";
                if (original.Kind == FundEntryKind.Receipt && Compute(ledger).Balance < original.AmountVnd)
                    return "Không thể đảo khoản thu này: số dư của quỹ sẽ âm.";
                return null;
        }
    }
}
