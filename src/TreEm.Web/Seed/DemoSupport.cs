using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;

namespace TreEm.Web.Seed;

/// <summary>
/// Support for the demo population's children in special circumstances: most of them (not all: the plan's 98,5 %
/// target must have something to chase) get one or two supports in 2020, 2021 and the current year, from the
/// budgets and donors; about a quarter of the children at risk get a preventive gift each year; plus the Mid-Autumn 2021 campaign of xã Ia Tiêm paid by the province fund.
/// Deterministic (fixed seed, ordered by register number) and idempotent: nothing is added once any support exists.
/// </summary>
public static class DemoSupport
{
    /// <summary>The share of special-circumstance children (born before the year began) supported in each year, in per mille.</summary>
    private static readonly (int Year, int PerMille)[] Years = [(2020, 900), (2021, 965)];

    /// <summary>Beyond this many children the demo stays small: the 450,000-child province does not need 1 million rows.</summary>
    public const int MaxChildren = 4000;

    private static readonly string[] Donors =
    [
        "Công ty Cổ phần Đức Long Gia Lai", "Hội Chữ thập đỏ tỉnh Gia Lai", "Tỉnh đoàn Gia Lai", "Công ty TNHH MTV Cao su Chư Sê",
        "Tổ chức Tầm nhìn Thế giới (World Vision) tại Gia Lai", "Ngân hàng Chính sách xã hội tỉnh Gia Lai",
    ];

    private static readonly DateOnly MidAutumn2021 = new(2021, 9, 18);

    public const string CampaignName = "Trao quà Tết Trung thu 2021 cho trẻ em xã Ia Tiêm";

    /// <summary>Returns the number of support records added.</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        if (await db.SupportRecords.AnyAsync(ct)) return 0;
        var today = Display.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var children = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy
                && c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance && x.EndDate == null))
            .OrderBy(c => c.Id).Take(MaxChildren)
            .Select(c => new { c.Id, c.UnitId, c.DateOfBirth, c.BirthYear, Groups = c.Classifications
                .Where(x => x.Kind == ClassificationKind.SpecialCircumstance && x.EndDate == null).Select(x => x.GroupCode).ToList() })
            .ToListAsync(ct);
        if (children.Count == 0) return 0;

        var atRisk = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy
                && c.Classifications.Any(x => x.Kind == ClassificationKind.AtRisk && x.EndDate == null)
                && !c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance && x.EndDate == null))
            .OrderBy(c => c.Id).Take(MaxChildren)
            .Select(c => new { c.Id, c.UnitId, c.DateOfBirth, c.BirthYear })
            .ToListAsync(ct);

        var r = new Random(20211001);
        var added = 0;
        foreach (var (year, perMille) in Years.Append((today.Year, 950)))
        {
            var first = new DateOnly(year, 1, 1);
            var last = year == today.Year ? today : new DateOnly(year, 12, 31);
            // Children already born when the year began; a shuffled few (at least one) are not reached that year.
            var eligible = children.Where(c => (c.DateOfBirth ?? new DateOnly(c.BirthYear, 12, 31)) < first).OrderBy(_ => r.Next()).ToList();
            var missed = Math.Max(1, (int)Math.Round(eligible.Count * (1000 - perMille) / 1000.0));
            foreach (var c in eligible.Skip(missed))
            {
                var date = first.AddDays(r.Next(last.DayOfYear));
                var (form, value, level) = FormFor(c.Groups.FirstOrDefault(), r);
                db.SupportRecords.Add(Record(c.Id, c.UnitId, form, date, value, level, r, now));
                if (++added % 2000 == 0) await SaveAsync(db, ct);
            }
            // Prevention: about a quarter of the children at risk get a gift or study equipment each year.
            foreach (var c in atRisk.Where(c => (c.DateOfBirth ?? new DateOnly(c.BirthYear, 12, 31)) < first && r.Next(4) == 0))
            {
                var date = first.AddDays(r.Next(last.DayOfYear));
                var (form, value) = r.Next(2) == 0 ? ("QUA", 200_000m) : ("DUNGCU", 250_000m);
                db.SupportRecords.Add(Record(c.Id, c.UnitId, form, date, value, ProtectionLevel.PhongNgua, r, now));
                if (++added % 2000 == 0) await SaveAsync(db, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        added += await MidAutumnAsync(db, now, ct);
        log?.LogInformation("Demo support loaded: {Records} records", added);
        return added;
    }

    private static async Task SaveAsync(TreEmDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static SupportRecord Record(int childId, int unitId, string form, DateOnly date, decimal value, ProtectionLevel level, Random r, DateTime now)
    {
        var source = (FundingSource)r.Next(1, 8) switch
        {
            // Single supports from the fund would need their own disbursements: the demo's fund pays through campaigns.
            FundingSource.QuyBaoTro or FundingSource.Khac => FundingSource.NganSachXa,
            var s => s,
        };
        return new SupportRecord
        {
            ChildId = childId, UnitId = unitId, FormCode = form, Date = date, ValueVnd = value, Source = source, Level = level,
            DonorName = source == FundingSource.NhaTaiTro ? Donors[r.Next(Donors.Length)] : null,
            Provider = source switch
            {
                FundingSource.NganSachXa => "UBND xã",
                FundingSource.NganSachHuyen => "Phòng Lao động – Thương binh và Xã hội huyện",
                _ => "Sở Lao động – Thương binh và Xã hội tỉnh Gia Lai",
            },
            CreatedAt = now,
        };
    }

    /// <summary>Gifts a group needs most: care for disabled children, schooling for orphans, gifts and nutrition otherwise.</summary>
    private static (string Form, decimal Value, ProtectionLevel Level) FormFor(string? group, Random r) => group switch
    {
        "d" => r.Next(2) == 0 ? ("BHYT", 700_000m, ProtectionLevel.HoTro) : ("KHAMCHUA", 1_500_000m + 500_000m * r.Next(6), ProtectionLevel.HoTro),
        "a" or "b" => r.Next(2) == 0 ? ("HOCBONG", 1_000_000m + 500_000m * r.Next(5), ProtectionLevel.HoTro) : ("TIENMAT", 500_000m * (1 + r.Next(4)), ProtectionLevel.HoTro),
        "l" or "m" or "n" => r.Next(2) == 0 ? ("TUVAN", 0m, ProtectionLevel.CanThiep) : ("PHAPLY", 0m, ProtectionLevel.CanThiep),
        _ => (r.Next(4)) switch
        {
            0 => ("QUA", 200_000m + 50_000m * r.Next(5), ProtectionLevel.PhongNgua),
            1 => ("DUNGCU", 300_000m, ProtectionLevel.HoTro),
            2 => ("DINHDUONG", 400_000m, ProtectionLevel.HoTro),
            _ => ("XEDAP", 1_800_000m, ProtectionLevel.HoTro),
        },
    };

    /// <summary>The province fund's Mid-Autumn 2021 disbursement, given as a campaign to (at most 100) children of Ia Tiêm.</summary>
    private static async Task<int> MidAutumnAsync(TreEmDbContext db, DateTime now, CancellationToken ct)
    {
        var unit = await db.Units.FirstAsync(u => u.Code == "23944", ct);
        var born = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy && c.Unit!.Path.StartsWith(unit.Path) && c.BirthYear <= 2020)
            .OrderBy(c => c.Id).Take(100).Select(c => new { c.Id, c.UnitId, c.DateOfBirth }).ToListAsync(ct);
        var children = born.Where(c => c.DateOfBirth is null || c.DateOfBirth < MidAutumn2021).Select(c => (c.Id, c.UnitId)).ToList();
        if (children.Count == 0) return 0;
        var date = MidAutumn2021;
        var payment = await db.FundEntries.AsNoTracking()
            .Where(e => e.Kind == FundEntryKind.Disbursement && e.Date == date && e.DocumentNumber == "PC-2021-031").Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var campaign = new SupportCampaign
        {
            UnitId = unit.Id, Name = CampaignName, FormCode = "QUA", Date = date, ValuePerChildVnd = 150_000m,
            Source = payment is null ? FundingSource.NhaTaiTro : FundingSource.QuyBaoTro,
            DonorName = payment is null ? "Hội Doanh nhân trẻ tỉnh Gia Lai" : null, Provider = "UBND xã Ia Tiêm", Level = ProtectionLevel.PhongNgua,
            ChildCount = children.Count, FundEntryId = payment, CreatedAt = now,
        };
        db.SupportCampaigns.Add(campaign);
        foreach (var (id, unitId) in children)
            db.SupportRecords.Add(new SupportRecord
            {
                ChildId = id, UnitId = unitId, FormCode = "QUA", Date = date, ValueVnd = campaign.ValuePerChildVnd, Source = campaign.Source,
                DonorName = campaign.DonorName, Provider = campaign.Provider, Level = campaign.Level, Campaign = campaign, CreatedAt = now,
            });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return children.Count;
    }
}
