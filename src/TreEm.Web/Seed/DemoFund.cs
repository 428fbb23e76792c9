using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;

namespace TreEm.Web.Seed;

/// <summary>
/// The demo province's child-protection fund: targets of 4 tỷ đồng for 2020 and 2021, the receipts of those years
/// (2021 ends near but under the target, about 3,5 tỷ, as the province's real 2021 result did) and a few
/// disbursements for heart surgeries, scholarships and milk. Dates are fixed in 2020 and 2021, not relative to the
/// clock. Idempotent: nothing is added once the province has a fund.
/// </summary>
public static class DemoFund
{
    public const string Name = "Quỹ Bảo trợ trẻ em tỉnh Gia Lai";
    public const decimal Target = 4_000_000_000m;

    private static readonly (int Y, int M, int D, ReceiptType Type, string Donor, string? Earmark, string Doc, decimal Amount, string Description)[] Receipts =
    [
        (2020, 1, 15, ReceiptType.TienMat, "Công ty Cổ phần Đức Long Gia Lai", null, "PT-2020-001", 500_000_000m, "Ủng hộ Quỹ dịp Tết Canh Tý"),
        (2020, 3, 10, ReceiptType.TienMat, "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam – Chi nhánh Gia Lai", "học bổng", "PT-2020-014", 300_000_000m, "Ủng hộ học bổng cho trẻ em nghèo vượt khó"),
        (2020, 5, 28, ReceiptType.TienMat, "Cán bộ, công chức, viên chức toàn tỉnh", null, "PT-2020-031", 850_000_000m, "Ủng hộ Tháng hành động vì trẻ em 2020"),
        (2020, 6, 1, ReceiptType.HienVat, "Công ty Cổ phần Sữa Việt Nam (Vinamilk)", "sữa cho trẻ suy dinh dưỡng", "PT-2020-035", 420_000_000m, "5.000 hộp sữa, quy ra tiền"),
        (2020, 8, 20, ReceiptType.ChuongTrinh, "Quỹ Hỗ trợ bệnh nhân nghèo Gia Lai", "phẫu thuật tim", "PT-2020-052", 600_000_000m, "Chương trình khám sàng lọc và phẫu thuật tim bẩm sinh 2020"),
        (2020, 9, 25, ReceiptType.HienVat, "Hội Doanh nhân trẻ tỉnh Gia Lai", "quà Trung thu", "PT-2020-061", 250_000_000m, "3.000 suất quà Tết Trung thu, quy ra tiền"),
        (2020, 12, 10, ReceiptType.TienMat, "Các doanh nghiệp trên địa bàn tỉnh", null, "PT-2020-090", 880_000_000m, "Vận động ủng hộ Quỹ cuối năm 2020"),
        (2021, 1, 20, ReceiptType.TienMat, "Công ty TNHH MTV Cao su Chư Sê", null, "PT-2021-003", 400_000_000m, "Ủng hộ Quỹ dịp Tết Tân Sửu"),
        (2021, 4, 12, ReceiptType.TienMat, "Ngân hàng Nông nghiệp và Phát triển Nông thôn – Chi nhánh Gia Lai", "học bổng", "PT-2021-019", 350_000_000m, "Ủng hộ học bổng năm học 2021–2022"),
        (2021, 5, 31, ReceiptType.TienMat, "Cán bộ, công chức, viên chức toàn tỉnh", null, "PT-2021-034", 900_000_000m, "Ủng hộ Tháng hành động vì trẻ em 2021"),
        (2021, 6, 15, ReceiptType.HienVat, "Công ty Cổ phần Sữa Việt Nam (Vinamilk)", "sữa cho trẻ suy dinh dưỡng", "PT-2021-040", 380_000_000m, "4.500 hộp sữa, quy ra tiền"),
        (2021, 7, 22, ReceiptType.ChuongTrinh, "Quỹ Hỗ trợ bệnh nhân nghèo Gia Lai", "phẫu thuật tim", "PT-2021-051", 550_000_000m, "Chương trình phẫu thuật tim bẩm sinh 2021"),
        (2021, 9, 14, ReceiptType.HienVat, "Hội Doanh nhân trẻ tỉnh Gia Lai", "quà Trung thu", "PT-2021-066", 220_000_000m, "2.800 suất quà Tết Trung thu, quy ra tiền"),
        (2021, 12, 15, ReceiptType.TienMat, "Các doanh nghiệp trên địa bàn tỉnh", null, "PT-2021-098", 700_000_000m, "Vận động ủng hộ Quỹ cuối năm 2021"),
    ];

    private static readonly (int Y, int M, int D, string Doc, decimal Amount, string Description)[] Disbursements =
    [
        (2020, 6, 20, "PC-2020-012", 380_000_000m, "Cấp sữa cho trẻ em suy dinh dưỡng tại 10 xã đặc biệt khó khăn"),
        (2020, 9, 5, "PC-2020-027", 450_000_000m, "Hỗ trợ phẫu thuật tim bẩm sinh cho 15 trẻ em"),
        (2020, 10, 1, "PC-2020-030", 250_000_000m, "Tặng quà Tết Trung thu cho trẻ em có hoàn cảnh đặc biệt"),
        (2020, 12, 20, "PC-2020-044", 600_000_000m, "Trao 1.200 suất học bổng cho học sinh nghèo vượt khó"),
        (2021, 6, 25, "PC-2021-015", 360_000_000m, "Cấp sữa cho trẻ em suy dinh dưỡng tại 9 xã đặc biệt khó khăn"),
        (2021, 8, 10, "PC-2021-026", 520_000_000m, "Hỗ trợ phẫu thuật tim bẩm sinh cho 17 trẻ em"),
        (2021, 9, 18, "PC-2021-031", 220_000_000m, "Tặng quà Tết Trung thu cho trẻ em có hoàn cảnh đặc biệt"),
        (2021, 10, 20, "PC-2021-038", 500_000_000m, "Trao 1.000 suất học bổng năm học 2021–2022"),
    ];

    /// <summary>Returns the number of entries added (0 when the province's fund already exists).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        var province = await db.Units.FirstOrDefaultAsync(u => u.Code == DemoSeeder.ProvinceCode, ct);
        if (province is null || await db.ChildFunds.AnyAsync(f => f.UnitId == province.Id, ct)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var fund = new ChildFund
        {
            UnitId = province.Id,
            Name = Name,
            Targets = [new FundTarget { Year = 2020, AmountVnd = Target }, new FundTarget { Year = 2021, AmountVnd = Target }],
        };
        foreach (var r in Receipts)
            fund.Entries.Add(new FundEntry
            {
                UnitId = province.Id, Kind = FundEntryKind.Receipt, Date = new DateOnly(r.Y, r.M, r.D), AmountVnd = r.Amount,
                ReceiptType = r.Type, Donor = r.Donor, Earmark = r.Earmark, DocumentNumber = r.Doc, Description = r.Description, CreatedAt = now,
            });
        foreach (var d in Disbursements)
            fund.Entries.Add(new FundEntry
            {
                UnitId = province.Id, Kind = FundEntryKind.Disbursement, Date = new DateOnly(d.Y, d.M, d.D), AmountVnd = d.Amount,
                DocumentNumber = d.Doc, Description = d.Description, CreatedAt = now,
            });
        db.ChildFunds.Add(fund);
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo fund loaded: {Entries} entries", fund.Entries.Count);
        return fund.Entries.Count;
    }
}
