using TreEm.Domain.Support;

namespace TreEm.Tests.Domain.Support;

/// <summary>The fund's ledger rules: totals reconcile, reversals, overdrafts, whole đồng and the date cut-off.</summary>
public class FundLedgerTests
{
    private readonly List<FundEntry> _ledger = [];

    private FundEntry Add(FundEntryKind kind, decimal amount, DateOnly? date = null, int? reverses = null, string? reason = null)
    {
        var e = new FundEntry
        {
            Id = _ledger.Count + 1, FundId = 1, Kind = kind, AmountVnd = amount, Date = date ?? new DateOnly(2021, 6, 1),
            ReceiptType = kind == FundEntryKind.Receipt ? ReceiptType.TienMat : null,
            Donor = kind == FundEntryKind.Receipt ? "Nhà hảo tâm" : null, Description = "Bút toán thử", ReversesEntryId = reverses, Reason = reason,
        };
        Assert.Null(FundLedger.Refusal(e, _ledger));
        _ledger.Add(e);
        return e;
    }

    private FundEntry Reversal(FundEntry original, string? reason = "Ghi nhầm") => new()
    {
        Id = _ledger.Count + 1, FundId = 1, Kind = FundEntryKind.Reversal, AmountVnd = original.AmountVnd, Date = new DateOnly(2021, 7, 1),
        Description = "Đảo", ReversesEntryId = original.Id, Reason = reason,
    };

    [Fact]
    public void Totals_ReconcileAfterAMixOfEntriesAndReversals()
    {
        var r1 = Add(FundEntryKind.Receipt, 1_000_000);
        Add(FundEntryKind.Receipt, 2_500_000);
        var d1 = Add(FundEntryKind.Disbursement, 700_000);
        Add(FundEntryKind.Disbursement, 300_000);
        _ledger.Add(Reversal(d1));
        _ledger.Add(Reversal(r1));

        var t = FundLedger.Compute(_ledger);

        Assert.Equal(2_500_000m, t.Received);
        Assert.Equal(300_000m, t.Disbursed);
        Assert.Equal(t.Received - t.Disbursed, t.Balance);
        Assert.Equal(2_200_000m, t.Balance);
        var byId = _ledger.ToDictionary(e => e.Id);
        Assert.Equal(t.Balance, _ledger.Sum(e => FundLedger.Effect(e, byId)));
    }

    [Fact]
    public void Reversal_OfAReceipt_TakesItOutOfTheReceived()
    {
        var r = Add(FundEntryKind.Receipt, 5_000_000);
        var rev = Reversal(r);
        Assert.Null(FundLedger.Refusal(rev, _ledger));
        _ledger.Add(rev);

        Assert.Equal(new FundLedger.Totals(0, 0, 0), FundLedger.Compute(_ledger));
    }

    [Fact]
    public void Reversal_OfADisbursement_GivesTheMoneyBack()
    {
        Add(FundEntryKind.Receipt, 5_000_000);
        var d = Add(FundEntryKind.Disbursement, 2_000_000);
        Assert.Equal(3_000_000m, FundLedger.Compute(_ledger).Balance);
        _ledger.Add(Reversal(d));

        var t = FundLedger.Compute(_ledger);
        Assert.Equal(0m, t.Disbursed);
        Assert.Equal(5_000_000m, t.Balance);
    }

    [Fact]
    public void Reversal_Twice_IsRefused()
    {
        var r = Add(FundEntryKind.Receipt, 5_000_000);
        _ledger.Add(Reversal(r));

        Assert.Equal("Bút toán này đã được đảo.", FundLedger.Refusal(Reversal(r), _ledger));
    }

    [Fact]
    public void Reversal_WithoutReasonOrOfAReversal_IsRefused()
    {
        var r = Add(FundEntryKind.Receipt, 5_000_000);
        Assert.Equal("Ghi lý do của bút toán đảo.", FundLedger.Refusal(Reversal(r, reason: " "), _ledger));
        var rev = Reversal(r);
        _ledger.Add(rev);
        Assert.Equal("Chỉ đảo một bút toán thu hoặc chi của quỹ này.", FundLedger.Refusal(Reversal(rev), _ledger));
    }

    [Fact]
    public void Reversal_OfAReceiptAlreadySpent_IsRefused()
    {
        var r = Add(FundEntryKind.Receipt, 5_000_000);
        Add(FundEntryKind.Disbursement, 4_000_000);

        Assert.Equal("Không thể đảo khoản thu này: số dư của quỹ sẽ âm.", FundLedger.Refusal(Reversal(r), _ledger));
    }

    [Fact]
    public void Disbursement_AboveTheBalance_IsRefused()
    {
        Add(FundEntryKind.Receipt, 1_000_000);
        var over = new FundEntry { Id = 9, Kind = FundEntryKind.Disbursement, AmountVnd = 1_000_001, Date = new DateOnly(2021, 6, 2), Description = "Chi" };

        var refusal = FundLedger.Refusal(over, _ledger);

        Assert.NotNull(refusal);
        Assert.StartsWith("Số dư của quỹ", refusal, StringComparison.Ordinal);
        Assert.Null(FundLedger.Refusal(new FundEntry { Kind = FundEntryKind.Disbursement, AmountVnd = 1_000_000, Description = "Chi" }, _ledger));
    }

    [Theory]
    [InlineData(0, "Số tiền phải lớn hơn 0.")]
    [InlineData(-5, "Số tiền phải lớn hơn 0.")]
    [InlineData(1000.5, "Số tiền tính bằng đồng, không có phần lẻ.")]
    public void Amount_MustBePositiveWholeDong(double amount, string message)
    {
        var e = new FundEntry { Kind = FundEntryKind.Receipt, AmountVnd = (decimal)amount, Description = "Thu", ReceiptType = ReceiptType.TienMat, Donor = "A" };
        Assert.Equal(message, FundLedger.Refusal(e, _ledger));
    }

    [Fact]
    public void Receipt_NeedsTypeAndDonor()
    {
        var e = new FundEntry { Kind = FundEntryKind.Receipt, AmountVnd = 1000, Description = "Thu", Donor = "A" };
        Assert.Equal("Chọn hình thức tiếp nhận (tiền mặt, hiện vật, chương trình).", FundLedger.Refusal(e, _ledger));
        e.ReceiptType = ReceiptType.HienVat;
        e.Donor = "";
        Assert.Equal("Ghi tên tổ chức, cá nhân ủng hộ.", FundLedger.Refusal(e, _ledger));
    }

    [Fact]
    public void Compute_Until_CutsOffLaterEntries()
    {
        Add(FundEntryKind.Receipt, 1_000_000, new DateOnly(2020, 12, 31));
        Add(FundEntryKind.Receipt, 2_000_000, new DateOnly(2021, 1, 1));
        Add(FundEntryKind.Disbursement, 500_000, new DateOnly(2021, 3, 1));

        Assert.Equal(new FundLedger.Totals(1_000_000, 0, 1_000_000), FundLedger.Compute(_ledger, new DateOnly(2020, 12, 31)));
        Assert.Equal(new FundLedger.Totals(3_000_000, 0, 3_000_000), FundLedger.Compute(_ledger, new DateOnly(2021, 1, 1)));
        Assert.Equal(new FundLedger.Totals(3_000_000, 500_000, 2_500_000), FundLedger.Compute(_ledger));
    }
}
