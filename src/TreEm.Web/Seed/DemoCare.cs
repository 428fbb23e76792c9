using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Care;
using TreEm.Domain.Children;
using TreEm.Domain.Programmes;

namespace TreEm.Web.Seed;

/// <summary>
/// Demo programmes and alternative care: the province's congenital heart screenings of 2020 and 2021 and a cleft-lip
/// programme of 2021 with children of the demo population (when there are children), and in Chư Sê a few registered
/// caregivers, children needing alternative care and placements with visits. Dates are fixed in 2020 and 2021.
/// Idempotent: nothing is added once the 2020 heart screening exists.
/// </summary>
public static class DemoCare
{
    public const string Heart2020 = "Khám sàng lọc tim bẩm sinh cho trẻ em 2020";
    public const string Heart2021 = "Khám sàng lọc tim bẩm sinh cho trẻ em 2021";
    public const string Cleft2021 = "Phẫu thuật nụ cười – sứt môi, hở hàm ếch 2021";
    private const string Hospital = "Bệnh viện Đa khoa tỉnh Gia Lai";
    private const string HeartHospital = "Bệnh viện Tim Tâm Đức, TP. Hồ Chí Minh";

    private static readonly (string Commune, string Name, Kinship Kinship, string? Relation, string Address, bool AllChecks)[] Givers =
    [
        ("23944", "Rơ Mah H'Lim", Kinship.NguoiThan, "bà ngoại", "Làng Tiêm, xã Ia Tiêm, huyện Chư Sê", false),
        ("23944", "Siu Thị Blơng", Kinship.NguoiThan, "dì ruột", "Làng Blang, xã Ia Tiêm, huyện Chư Sê", true),
        ("23944", "Nguyễn Văn Hòa và Trần Thị Mai", Kinship.KhongPhaiNguoiThan, null, "Thôn Hòa Bình, xã Ia Tiêm, huyện Chư Sê", true),
        ("23977", "Ksor Y Đô", Kinship.NguoiThan, "chú ruột", "Làng Ia Ko 1, xã Ia Ko, huyện Chư Sê", true),
        ("23977", "Lê Thị Thu Hà", Kinship.KhongPhaiNguoiThan, null, "Thôn Kênh Ba, xã Ia Ko, huyện Chư Sê", false),
    ];

    private static readonly string[] Reasons =
    [
        "Mồ côi cả cha và mẹ",
        "Cha mẹ đang chấp hành án phạt tù, không còn người chăm sóc",
        "Bị bỏ rơi, chưa xác định được cha mẹ",
        "Mẹ mất, cha đi làm ăn xa không rõ tin tức",
    ];

    /// <summary>Returns the number of records added (0 when already seeded or the province is missing).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        var province = await db.Units.FirstOrDefaultAsync(u => u.Code == DemoSeeder.ProvinceCode, ct);
        if (province is null || await db.ScreeningProgrammes.AnyAsync(p => p.Name == Heart2020, ct)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;

        var heart2020 = Programme(province.Id, Heart2020, ProgrammeKind.TimBamSinh, 2020, HeartHospital, now);
        var heart2021 = Programme(province.Id, Heart2021, ProgrammeKind.TimBamSinh, 2021, HeartHospital, now);
        var cleft2021 = Programme(province.Id, Cleft2021, ProgrammeKind.SutMoiHoHam, 2021, "Tổ chức Operation Smile Việt Nam", now);
        db.ScreeningProgrammes.AddRange(heart2020, heart2021, cleft2021);
        await db.SaveChangesAsync(ct);
        added += 3;

        var children = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy && c.Unit!.Path.StartsWith(province.Path))
            .OrderBy(c => c.Id).Take(60).Select(c => new { c.Id, c.UnitId }).ToListAsync(ct);
        for (var i = 0; i < children.Count; i++)
        {
            var c = children[i];
            if (i < 30) db.ProgrammeChildren.Add(Screening(heart2020.Id, c.Id, c.UnitId, new DateOnly(2020, 7, 14 + i % 3), i, 2020, now));
            else if (i < 55) db.ProgrammeChildren.Add(Screening(heart2021.Id, c.Id, c.UnitId, new DateOnly(2021, 6, 8 + i % 3), i, 2021, now));
            else db.ProgrammeChildren.Add(new ProgrammeChild
            {
                ProgrammeId = cleft2021.Id, ChildId = c.Id, UnitId = c.UnitId, ScreenedOn = new DateOnly(2021, 4, 20),
                Result = ScreeningResult.CanPhauThuat, ReferredTo = Hospital, SurgeryDone = i % 2 == 1,
                SurgeryDate = i % 2 == 1 ? new DateOnly(2021, 5, 12) : null, Hospital = i % 2 == 1 ? Hospital : null, CreatedAt = now,
            });
            added++;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.Code == "23944" || u.Code == "23977").ToDictionaryAsync(u => u.Code, ct);
        var givers = new List<CareGiver>();
        foreach (var g in Givers)
        {
            if (!units.TryGetValue(g.Commune, out var unit)) continue;
            var on = new DateOnly(2020, 9, 15);
            var giver = new CareGiver
            {
                UnitId = unit.Id, FullName = g.Name, NameSearch = VietnameseText.Normalize(g.Name), Address = g.Address, Kinship = g.Kinship,
                Relation = g.Relation, RegisteredOn = new DateOnly(2020, 9, 1),
                AdultCapacity = true, AdultCapacityOn = on, NoAbuseRecord = true, NoAbuseRecordOn = on,
                Health = g.AllChecks, HealthOn = g.AllChecks ? on : null, EconomyHousing = g.AllChecks, EconomyHousingOn = g.AllChecks ? on : null,
                VerifiedByCommune = g.AllChecks, VerifiedOn = g.AllChecks ? new DateOnly(2020, 9, 20) : null, CreatedAt = now,
            };
            givers.Add(giver);
            db.AlternativeCareGivers.Add(giver);
            added++;
        }
        await db.SaveChangesAsync(ct);

        // Needs and placements for children of Chư Sê's two demo communes, when the register has some.
        var first = units.Values.Select(u => u.Path).FirstOrDefault() ?? "\u0001";
        var second = units.Values.Select(u => u.Path).Skip(1).FirstOrDefault() ?? first;
        var used = new HashSet<int>();
        var local = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy)
            .Where(c => c.Unit!.Path.StartsWith(first) || c.Unit!.Path.StartsWith(second))
            .OrderBy(c => c.Id).Take(6).Select(c => new { c.Id, c.UnitId, CommunePath = c.Unit!.Path }).ToListAsync(ct);
        for (var i = 0; i < local.Count; i++)
        {
            var c = local[i];
            var commune = units.Values.First(u => c.CommunePath.StartsWith(u.Path, StringComparison.Ordinal));
            var need = new CareNeed
            {
                ChildId = c.Id, UnitId = c.UnitId, IdentifiedOn = new DateOnly(2020, 10, 5 + i), Reason = Reasons[i % Reasons.Length],
                ApprovedBy = "Chủ tịch UBND xã", ApprovedOn = new DateOnly(2020, 10, 20), CreatedAt = now,
            };
            db.CareNeeds.Add(need);
            added++;
            // The first children are placed with an eligible caregiver of their commune; the others still wait.
            var giver = i < 3 ? givers.FirstOrDefault(g => g.UnitId == commune.Id && CareRules.ChecksPass(g) && !used.Contains(g.Id)) : null;
            if (giver is null) continue;
            used.Add(giver.Id);
            need.Status = CareNeedStatus.DaBoTri;
            var placement = new CarePlacement
            {
                ChildId = c.Id, CareGiverId = giver.Id, Need = need, UnitId = c.UnitId, StartDate = new DateOnly(2020, 11, 2),
                DecisionNumber = $"{15 + i}/QĐ-UBND", CreatedAt = now,
            };
            placement.Visits.Add(new CareVisit
            {
                UnitId = c.UnitId, Date = new DateOnly(2021, 2, 18), By = "Cán bộ Văn hóa – Xã hội xã", CreatedAt = now,
                ChildCondition = "Trẻ khỏe mạnh, đi học đều, được gia đình quan tâm.",
            });
            placement.Visits.Add(new CareVisit
            {
                UnitId = c.UnitId, Date = new DateOnly(2021, 8, 10), By = "Cộng tác viên thôn", CreatedAt = now, Concerns = i == 1,
                ChildCondition = i == 1 ? "Trẻ nghỉ học nhiều buổi, cần trao đổi với gia đình." : "Trẻ phát triển bình thường.",
            });
            db.CarePlacements.Add(placement);
            added += 3;
        }
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo programmes and alternative care loaded: {Added} records", added);
        return added;
    }

    private static ScreeningProgramme Programme(int unitId, string name, ProgrammeKind kind, int year, string partner, DateTime now) => new()
    {
        UnitId = unitId, Name = name, Kind = kind, Year = year, Partner = partner, CreatedAt = now,
        Note = "Phối hợp Quỹ Bảo trợ trẻ em tỉnh và Sở Y tế tổ chức tại các huyện.",
    };

    /// <summary>Most children are normal; one in five needs surgery and most of those were operated.</summary>
    private static ProgrammeChild Screening(int programmeId, int childId, int unitId, DateOnly screened, int i, int year, DateTime now)
    {
        var result = (i % 5) switch { 0 => ScreeningResult.CanPhauThuat, 1 => ScreeningResult.CanTheoDoi, _ => ScreeningResult.BinhThuong };
        var operated = result == ScreeningResult.CanPhauThuat && i % 10 == 0;
        return new ProgrammeChild
        {
            ProgrammeId = programmeId, ChildId = childId, UnitId = unitId, ScreenedOn = screened, Result = result,
            ResultText = result == ScreeningResult.CanPhauThuat ? "Thông liên thất" : result == ScreeningResult.CanTheoDoi ? "Hở van hai lá nhẹ" : null,
            ReferredTo = result == ScreeningResult.CanPhauThuat ? HeartHospital : null,
            SurgeryDone = operated, SurgeryDate = operated ? new DateOnly(year, 9, 22) : null, Hospital = operated ? HeartHospital : null,
            CreatedAt = now,
        };
    }
}
