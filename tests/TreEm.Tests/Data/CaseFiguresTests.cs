using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Tests.Domain.Cases;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Data;

/// <summary>
/// The figures query layer against hand-counted cases received in March 2025 (Vietnam time).
///
/// Register children: R1 (Ia Tiêm, born 10/06/2017, Nữ, Gia-rai "10"), R2 (Ia Ko, born 20/01/2012, Nam, Kinh "01").
/// | Case | Commune (district)  | Received (VN)     | Forms                 | Children (sex, age at receipt, ethnicity)        | Steps → on time at 31/03 24:00 VN |
/// |------|---------------------|-------------------|-----------------------|---------------------------------------------------|-----------------------------------|
/// | C1   | Ia Tiêm (Chư Sê)    | Mon 03/03 09:00   | Bạo lực + Tình dục    | R1 (Nữ, 7, 10) — case says Không rõ/Kinh: register wins; P1 (Nam, ~4, ?) | closed, all on time: yes |
/// | C2   | Ia Tiêm (Chư Sê)    | Mon 10/03 09:00   | Bạo lực               | R1 again (Nữ, 7, 10)                              | initial assessment after 13 h: no  |
/// | C3   | Ia Ko (Chư Sê)      | Sat 15/03 09:00   | Bỏ mặc                | R2 (Nam, 13, 01) — case says Nữ; P2 (Nữ, born 16/03/2014 → 10, 01) | plan running, review due 18/04: yes |
/// | C4   | Ia Ko (Chư Sê)      | Mon 31/03 23:30   | Mua bán               | P3 (Không rõ, ?, ?)                               | just received, due 01/04 11:30: yes |
/// | C5   | Ayun (Mang Yang)    | Thu 20/03 09:00   | Bạo lực               | P4 (Nam, ~12, 10)                                 | closed, approval 2 days late: no   |
/// | C6   | Ia Tiêm             | Tue 01/04 00:30 (= 31/03 17:30Z) | Bạo lực | P5 — outside March                                 |                                   |
/// | C7   | Ia Ko               | Fri 28/02 10:00   | Bạo lực               | P6 — outside March                                |                                   |
///
/// March, whole province: 5 cases, 7 child entries, 6 distinct children (R1 twice).
/// Forms: Bạo lực 3 cases / 4 children (C1 2, C2 1, C5 1); Tình dục 1/2; Bỏ mặc 1/2; Mua bán 1/1; others 0/0.
/// Sex: Nam 3 cases / 3 (P1, R2, P4); Nữ 3 / 3 (R1 in C1 and C2, P2); Không rõ 1 / 1 (P3).
/// Age: 0–5 1/1 (P1); 6–10 3/3 (R1×2, P2); 11–15 2/2 (R2, P4); Không rõ 1/1 (P3); no 16+ line.
/// Ethnicity: 01 1 case / 2 (R2, P2); 10 3 / 3 (R1×2, P4); Không rõ 2 / 2 (P1, P3).
/// Units: Ia Tiêm 2 / 3; Ia Ko 2 / 3; Ayun 1 / 1.
/// On time at 31/03/2025 17:00Z: 3 of 5 (60.0 %); closed 1 of 2 (C1; C5 late); open 2 of 3 (C3, C4; C2 late).
/// Chư Sê district officer: C1–C4 only: 4 cases, 6 entries, 5 distinct; Bạo lực 2 / 3; on time 3 of 4 (75.0 %).
/// </summary>
public class CaseFiguresTests(TreEmApp app) : IClassFixture<TreEmApp>, IAsyncLifetime
{
    private static readonly CaseFigureFilter March = new(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));
    private static readonly DateTime EndOfMarch = Utc(2025, 3, 31, 17);
    private static readonly CaseActor Worker = new("w", "Cán bộ xã");
    private static readonly CaseActor Chairman = new("c", "Chủ tịch UBND xã", IsChairman: true);

    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    private static WorkingCalendar Calendar => TreEm.Tests.Domain.Calendar.WorkingCalendarTests.Seeded;

    public async ValueTask InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Place == "Figures fixture"))) return;
        var r1 = await app.CreateChildAsync("23944", "Ksor H'Hen", new DateOnly(2017, 6, 10), Sex.Nu, "10");
        var r2 = await app.CreateChildAsync("23977", "Rơ Mah Bia", new DateOnly(2012, 1, 20), Sex.Nam, "01");
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.Where(u => u.Code == "23944" || u.Code == "23977" || u.Code == "23797").ToDictionaryAsync(u => u.Code, u => u.Id);
            var assignee = await db.Users.Where(u => u.UserName == "xa.iatiem").Select(u => u.Id).SingleAsync();

            Case Opened(string unit, DateTime received, AbuseForm forms, params CaseChild[] children) => Case.Open(new Case
            {
                UnitId = units[unit], Source = CaseSource.CongAn, ReceivedAt = received, AbuseForms = forms, Place = "Figures fixture",
                Description = "Mô tả", Children = [.. children],
            }, Worker, received);
            CaseChild Linked(Child c, CaseChildSex sex = CaseChildSex.KhongRo, string? ethnicity = null) =>
                new() { ChildId = c.Id, FullName = c.FullName, Sex = sex, EthnicityCode = ethnicity };
            InterventionPlan Plan(DateOnly due) => new()
            {
                Objectives = "An toàn cho trẻ", Tasks = [new PlanTask { Title = "Thăm nhà", AssigneeUserId = assignee, DueOn = due }],
            };
            void Run(Case c, DateTime initial, DateTime specific, DateTime plan, DateTime approve)
            {
                c.RecordInitialAssessment(CaseFlow.Rated(AssessmentKind.BanDau), Worker, initial, Calendar);
                c.RecordSpecificAssessment(CaseFlow.Rated(AssessmentKind.CuThe), Worker, specific, Calendar);
                c.SubmitPlan(Plan(DateOnly.FromDateTime(approve).AddDays(20)), Worker, plan, Calendar);
                c.ApprovePlan("01/QĐ", null, Chairman, approve);
            }
            void Close(Case c, DateTime review, DateTime close)
            {
                c.RecordReview(CaseFlow.Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), Worker, review, Calendar);
                c.Close("Trẻ đã an toàn", Worker, close);
            }

            var c1 = Opened("23944", Utc(2025, 3, 3, 2), AbuseForm.BaoLuc | AbuseForm.XamHaiTinhDuc,
                Linked(r1, CaseChildSex.KhongRo, "01"), new CaseChild { FullName = null, Sex = CaseChildSex.Nam, EstimatedAge = 4 });
            Run(c1, Utc(2025, 3, 3, 4), Utc(2025, 3, 5, 2), Utc(2025, 3, 6, 2), Utc(2025, 3, 7, 2));
            Close(c1, Utc(2025, 3, 20, 2), Utc(2025, 3, 21, 2));

            var c2 = Opened("23944", Utc(2025, 3, 10, 2), AbuseForm.BaoLuc, Linked(r1));
            c2.RecordInitialAssessment(CaseFlow.Rated(AssessmentKind.BanDau), Worker, Utc(2025, 3, 10, 15), Calendar);

            var c3 = Opened("23977", Utc(2025, 3, 15, 2), AbuseForm.BoMac,
                Linked(r2, CaseChildSex.Nu), new CaseChild { FullName = "Siu H'Lan", Sex = CaseChildSex.Nu, DateOfBirth = new DateOnly(2014, 3, 16), EthnicityCode = "01" });
            Run(c3, Utc(2025, 3, 15, 4), Utc(2025, 3, 17, 2), Utc(2025, 3, 18, 2), Utc(2025, 3, 19, 2));

            var c4 = Opened("23977", Utc(2025, 3, 31, 16, 30), AbuseForm.MuaBan, new CaseChild { Sex = CaseChildSex.KhongRo });

            var c5 = Opened("23797", Utc(2025, 3, 20, 2), AbuseForm.BaoLuc, new CaseChild { Sex = CaseChildSex.Nam, EstimatedAge = 12, EthnicityCode = "10" });
            Run(c5, Utc(2025, 3, 20, 4), Utc(2025, 3, 21, 2), Utc(2025, 3, 24, 2), Utc(2025, 3, 28, 2));
            Close(c5, Utc(2025, 3, 29, 2), Utc(2025, 3, 30, 2));

            var c6 = Opened("23944", Utc(2025, 3, 31, 17, 30), AbuseForm.BaoLuc, new CaseChild { Sex = CaseChildSex.Nu, EstimatedAge = 7 });
            var c7 = Opened("23977", Utc(2025, 2, 28, 3), AbuseForm.BaoLuc, new CaseChild { Sex = CaseChildSex.Nam, EstimatedAge = 9 });

            db.Cases.AddRange(c1, c2, c3, c4, c5, c6, c7);
            await db.SaveChangesAsync();
        });
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private Task<CaseFigureReport> FiguresAsync(UserScope scope, CaseFigureFilter filter, DateTime? now = null) =>
        app.WithDbAsync(db => db.CaseFiguresAsync(scope, filter, now ?? EndOfMarch));

    private static UserScope Admin => UserScope.Everything("admin", [Role.Administrator]);

    /// <summary>The scope the application builds for a demo user, from their role assignments.</summary>
    private Task<UserScope> ScopeOfAsync(string login) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == login);
        var roles = await db.RoleAssignments.Where(r => r.UserId == user.Id).Select(r => new { r.Role, r.Unit!.Path }).ToListAsync();
        return new UserScope(user.Id, roles.Select(r => (r.Role, r.Path)).ToList());
    });

    private static (int Cases, int Children) Of(CaseFigureReport r, string dimension, string key)
    {
        var row = r.Row(dimension, key);
        Assert.True(row is not null, $"no line {dimension}/{key}");
        return (row.Cases, row.Children);
    }

    [Fact]
    public async Task Figures_March_CountsCasesAndChildrenByFormOfAbuse()
    {
        var r = await FiguresAsync(Admin, March);
        Assert.Equal(5, r.Cases);
        Assert.Equal(7, r.ChildEntries);
        Assert.Equal(6, r.DistinctChildren);
        Assert.Equal((3, 4), Of(r, CaseFigures.ByAbuseForm, "BaoLuc"));
        Assert.Equal((1, 2), Of(r, CaseFigures.ByAbuseForm, "XamHaiTinhDuc"));
        Assert.Equal((1, 2), Of(r, CaseFigures.ByAbuseForm, "BoMac"));
        Assert.Equal((1, 1), Of(r, CaseFigures.ByAbuseForm, "MuaBan"));
        Assert.Equal((0, 0), Of(r, CaseFigures.ByAbuseForm, "BocLot"));
        Assert.Equal((0, 0), Of(r, CaseFigures.ByAbuseForm, "BoRoi"));
        Assert.Equal((0, 0), Of(r, CaseFigures.ByAbuseForm, "Khac"));
        Assert.Equal(7, r.By(CaseFigures.ByAbuseForm).Count);
        Assert.Equal("Xâm hại tình dục", r.Row(CaseFigures.ByAbuseForm, "XamHaiTinhDuc")!.Label);
    }

    [Fact]
    public async Task Figures_March_CountsChildrenBySexAgeBandAndEthnicity_RegisterFirst()
    {
        var r = await FiguresAsync(Admin, March);
        Assert.Equal((3, 3), Of(r, CaseFigures.BySex, "Nam"));
        Assert.Equal((3, 3), Of(r, CaseFigures.BySex, "Nu"));
        Assert.Equal((1, 1), Of(r, CaseFigures.BySex, CaseFigures.UnknownKey));
        Assert.Equal(new[] { "Nam", "Nữ", "Không rõ" }, r.By(CaseFigures.BySex).Select(x => x.Label));

        Assert.Equal((1, 1), Of(r, CaseFigures.ByAgeBand, "0-5"));
        Assert.Equal((3, 3), Of(r, CaseFigures.ByAgeBand, "6-10"));
        Assert.Equal((2, 2), Of(r, CaseFigures.ByAgeBand, "11-15"));
        Assert.Equal((1, 1), Of(r, CaseFigures.ByAgeBand, CaseFigures.UnknownKey));
        Assert.Null(r.Row(CaseFigures.ByAgeBand, "16+"));

        Assert.Equal((1, 2), Of(r, CaseFigures.ByEthnicity, "01"));
        Assert.Equal((3, 3), Of(r, CaseFigures.ByEthnicity, "10"));
        Assert.Equal((2, 2), Of(r, CaseFigures.ByEthnicity, CaseFigures.UnknownKey));
        Assert.Equal(new[] { "Kinh", "Gia-rai", "Không rõ" }, r.By(CaseFigures.ByEthnicity).Select(x => x.Label));
    }

    [Fact]
    public async Task Figures_March_CountsByCommune()
    {
        var r = await FiguresAsync(Admin, March);
        Assert.Equal(new[] { "23797", "23944", "23977" }, r.By(CaseFigures.ByUnit).Select(x => x.Key));
        Assert.Equal((1, 1), Of(r, CaseFigures.ByUnit, "23797"));
        Assert.Equal((2, 3), Of(r, CaseFigures.ByUnit, "23944"));
        Assert.Equal((2, 3), Of(r, CaseFigures.ByUnit, "23977"));
        Assert.Equal("Xã Ia Tiêm", r.Row(CaseFigures.ByUnit, "23944")!.Label);
    }

    [Fact]
    public async Task Figures_March_OnTimeShareCountsTheLateStep()
    {
        var r = await FiguresAsync(Admin, March);
        Assert.Equal(new CaseOnTimeShare(5, 3, 2, 1, 3, 2), r.OnTime);
        Assert.Equal(60.0m, r.OnTime.Percent);
        Assert.Equal(50.0m, r.OnTime.ClosedPercent);
        Assert.Equal(66.7m, r.OnTime.OpenPercent);

        // At 12:00 Vietnam time on 01/04, C4's initial assessment (due 11:30) is overdue too.
        var later = await FiguresAsync(Admin, March, Utc(2025, 4, 1, 5));
        Assert.Equal(new CaseOnTimeShare(5, 2, 2, 1, 3, 1), later.OnTime);
        Assert.Equal(40.0m, later.OnTime.Percent);
    }

    [Fact]
    public async Task Figures_DistrictOfficer_SeesOnlyTheirDistrict()
    {
        var r = await FiguresAsync(await ScopeOfAsync("huyen.chuse"), March);
        Assert.Equal(4, r.Cases);
        Assert.Equal(6, r.ChildEntries);
        Assert.Equal(5, r.DistinctChildren);
        Assert.Equal((2, 3), Of(r, CaseFigures.ByAbuseForm, "BaoLuc"));
        Assert.Null(r.Row(CaseFigures.ByUnit, "23797"));
        Assert.Equal(new CaseOnTimeShare(4, 3, 1, 1, 3, 2), r.OnTime);
        Assert.Equal(75.0m, r.OnTime.Percent);

        var mangYang = await FiguresAsync(await ScopeOfAsync("huyen.mangyang"), March);
        Assert.Equal(1, mangYang.Cases);
        Assert.Equal((1, 1), Of(mangYang, CaseFigures.ByUnit, "23797"));
        Assert.Equal((1, 1), Of(mangYang, CaseFigures.ByEthnicity, "10"));
    }

    [Fact]
    public async Task Figures_UnitFilter_KeepsTheSubtreeInsideTheScope()
    {
        var iaKo = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "23977").Select(u => u.Id).SingleAsync());
        var chuSe = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "633").Select(u => u.Id).SingleAsync());

        var commune = await FiguresAsync(Admin, March with { UnitId = iaKo });
        Assert.Equal(2, commune.Cases);
        Assert.Equal(3, commune.ChildEntries);
        Assert.Equal((1, 1), Of(commune, CaseFigures.ByAbuseForm, "MuaBan"));

        Assert.Equal(4, (await FiguresAsync(Admin, March with { UnitId = chuSe })).Cases);
        // A unit outside the scope gives nothing, not its figures.
        var outside = await FiguresAsync(await ScopeOfAsync("huyen.mangyang"), March with { UnitId = iaKo });
        Assert.Equal(0, outside.Cases);
        Assert.Equal((0, 0), Of(outside, CaseFigures.ByAbuseForm, "BaoLuc"));
        Assert.Null(outside.OnTime.Percent);
    }

    [Fact]
    public async Task Figures_Period_UsesVietnamDatesAndExcludesCasesOutsideIt()
    {
        // C6 arrived at 17:30Z on 31/03, already 01/04 in Vietnam; C7 on 28/02.
        var april = await FiguresAsync(Admin, new CaseFigureFilter(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), Utc(2025, 4, 1, 0));
        Assert.Equal(1, april.Cases);
        Assert.Equal((1, 1), Of(april, CaseFigures.ByUnit, "23944"));
        Assert.Equal((1, 1), Of(april, CaseFigures.ByAgeBand, "6-10"));

        var february = await FiguresAsync(Admin, new CaseFigureFilter(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)));
        Assert.Equal(1, february.Cases);
        Assert.Equal((1, 1), Of(february, CaseFigures.ByUnit, "23977"));

        // One day: 31/03 holds only C4 (23:30 Vietnam time).
        var lastDay = await FiguresAsync(Admin, new CaseFigureFilter(new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 31)));
        Assert.Equal(1, lastDay.Cases);
        Assert.Equal((1, 1), Of(lastDay, CaseFigures.ByAbuseForm, "MuaBan"));

        await Assert.ThrowsAsync<ArgumentException>(() => FiguresAsync(Admin, new CaseFigureFilter(new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 1))));
    }
}
