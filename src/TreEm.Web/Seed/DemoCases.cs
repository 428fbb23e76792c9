using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;

namespace TreEm.Web.Seed;

/// <summary>
/// The demo's partner agencies and about ten cases in Ia Tiêm, Ia Ko and two communes of Mang Yang, one at every
/// stage of the Decree 56 procedure, some overdue. Every case is built through the domain's methods
/// (<see cref="Case.Open"/>, <see cref="Case.RecordInitialAssessment"/>...) with times in the past relative to the
/// application's clock, so that due times follow the working calendar as they would for real. Idempotent: the
/// agencies are found by name, and no case is added once any case exists.
/// </summary>
public static class DemoCases
{
    public const string PoliceName = "Công an huyện Chư Sê";
    public const string HealthStationName = "Trạm Y tế xã Ia Tiêm";
    public const string SchoolName = "Trường Tiểu học Ia Tiêm";
    public const string WomenUnionName = "Hội Liên hiệp Phụ nữ huyện Mang Yang";

    /// <summary>The reference of the demo intake of the 111 hotline (the number of the call, dated).</summary>
    public const string HotlineReferencePrefix = "111-";

    private const string IaTiem = "23944";
    private const string IaKo = "23977";
    private const string Ayun = "23797";
    private const string DakJoTa = "23798";

    /// <summary>Agencies, the police partner user's agency, then the cases. Returns the number of cases added.</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        var units = await db.Units.Where(u => u.Code == "633" || u.Code == "629" || u.Code == IaTiem || u.Code == IaKo || u.Code == Ayun || u.Code == DakJoTa)
            .ToDictionaryAsync(u => u.Code, ct);
        if (units.Count < 6) return 0;

        var agencies = await SeedAgenciesAsync(db, units, ct);
        if (await db.Cases.AnyAsync(ct)) return 0;

        var logins = DemoUsers.All.Select(u => u.Login).ToList();
        var ids = await db.Users.Where(u => logins.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        if (ids.Count < logins.Count) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var demo = new Builder(db, await db.WorkingCalendarAsync(ct), now, units, agencies, ids,
            await RegisterChildrenAsync(db, units[IaTiem].Path, ct), await RegisterChildrenAsync(db, units[IaKo].Path, ct));
        await demo.BuildAsync(ct);
        log?.LogInformation("Demo cases loaded: {Count} cases", demo.Count);
        return demo.Count;
    }

    private static async Task<Dictionary<string, PartnerAgency>> SeedAgenciesAsync(TreEmDbContext db, Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        (string Name, PartnerKind Kind, string Unit)[] wanted =
        [
            (PoliceName, PartnerKind.CongAn, "633"),
            (HealthStationName, PartnerKind.YTe, IaTiem),
            (SchoolName, PartnerKind.TruongHoc, IaTiem),
            (WomenUnionName, PartnerKind.HoiPhuNu, "629"),
        ];
        var names = wanted.Select(w => w.Name).ToList();
        var existing = await db.PartnerAgencies.Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, ct);
        foreach (var (name, kind, unit) in wanted)
        {
            if (existing.ContainsKey(name)) continue;
            var agency = new PartnerAgency { Name = name, Kind = kind, UnitId = units[unit].Id };
            db.PartnerAgencies.Add(agency);
            existing[name] = agency;
        }
        var police = await db.Users.FirstOrDefaultAsync(u => u.UserName == "congan.chuse", ct);
        if (police is not null && police.PartnerAgencyId is null) police.PartnerAgency = existing[PoliceName];
        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>A few children of the register in the commune (none when the demo has no population).</summary>
    private static Task<List<Domain.Children.Child>> RegisterChildrenAsync(TreEmDbContext db, string communePath, CancellationToken ct) =>
        db.Children.AsNoTracking()
            .Where(c => c.Unit!.Path.StartsWith(communePath) && c.MergedIntoId == null && c.Status == Domain.Children.ChildStatus.DangQuanLy)
            .OrderBy(c => c.Id)
            .Take(3)
            .ToListAsync(ct);

    private sealed class Builder(
        TreEmDbContext db, WorkingCalendar calendar, DateTime now, Dictionary<string, OrgUnit> units,
        Dictionary<string, PartnerAgency> agencies, Dictionary<string, string> ids,
        List<Domain.Children.Child> iaTiemChildren, List<Domain.Children.Child> iaKoChildren)
    {
        public int Count { get; private set; }

        private CaseActor Actor(string login, bool chairman = false) =>
            new(ids[login], DemoUsers.All.Single(u => u.Login == login).FullName, chairman);

        private CaseActor IaTiemWorker => Actor("xa.iatiem");
        private CaseActor IaTiemChairman => Actor("chutich.iatiem", chairman: true);
        private CaseActor IaKoWorker => Actor("xa.iako");
        private CaseActor MangYangOfficer => Actor("huyen.mangyang");

        private DateTime HoursAgo(double hours) => now.AddHours(-hours);
        private DateTime DaysAgo(double days) => now.AddDays(-days);
        private DateOnly DayIn(int days) => DateOnly.FromDateTime(WorkingCalendar.ToVietnam(now)).AddDays(days);

        public async Task BuildAsync(CancellationToken ct)
        {
            await JustReceivedAsync(ct);
            await HotlineIntakeOverdueAsync(ct);
            await SpecificAssessmentOverdueAsync(ct);
            await AtRiskAssessedAsync(ct);
            await RunningSeparationAsync(ct);
            await PlanDueAsync(ct);
            await PlanAwaitingApprovalAsync(ct);
            await ImplementingAsync(ct);
            await ClosedAsync(ct);
            await ReopenedAsync(ct);
        }

        /// <summary>Received two hours ago: the initial assessment is due in ten hours.</summary>
        private async Task JustReceivedAsync(CancellationToken ct)
        {
            var c = Open(IaTiem, IaTiemWorker, HoursAgo(1.5), new Case
            {
                Source = CaseSource.TruongHoc, Channel = IntakeChannel.DienThoai, ReceivedAt = HoursAgo(2),
                Concern = CaseConcern.CoNguyCo, AbuseForms = AbuseForm.BoMac,
                ReporterName = "Nguyễn Thị Hoa", ReporterPhone = "0905 214 318", Place = "Làng Blang, xã Ia Tiêm",
                Description = "Giáo viên chủ nhiệm báo em nghỉ học năm ngày liên tiếp; cha mẹ đi làm rẫy xa nhà, em ở nhà một mình trông em nhỏ.",
                Children =
                [
                    Provisional("Rơ Mah Thuận", CaseChildSex.Nam, age: 9),
                    Provisional("Rơ Mah H'Lum", CaseChildSex.Nu, age: 4),
                ],
            });
            await SaveAsync(c, ct);
        }

        /// <summary>The hotline's intake of 20 hours ago, not yet assessed: overdue for eight hours.</summary>
        private async Task HotlineIntakeOverdueAsync(CancellationToken ct)
        {
            var received = HoursAgo(20);
            var c = Open(IaKo, Actor("tongdai111"), received.AddMinutes(10), new Case
            {
                Source = CaseSource.TongDai111,
                HotlineReference = HotlineReferencePrefix + WorkingCalendar.ToVietnam(received).ToString("yyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture),
                Channel = IntakeChannel.DienThoai, ReceivedAt = received, AbuseForms = AbuseForm.BaoLuc,
                ReporterAnonymous = true, Place = "Làng Ia Ko 2, xã Ia Ko",
                Description = "Người gọi đến Tổng đài 111 (không nêu tên) báo trẻ thường bị người cha đánh khi say rượu; trẻ sợ hãi, hay bỏ sang nhà hàng xóm ngủ.",
                AllegedPerpetrator = "Cha đẻ của trẻ", PerpetratorRelation = "Cha",
                Children = [Provisional(null, CaseChildSex.Nam, age: 10)],
            });
            await SaveAsync(c, ct);
        }

        /// <summary>Mang Yang: assessed fifteen days ago, the specific assessment is past its five working days.</summary>
        private async Task SpecificAssessmentOverdueAsync(CancellationToken ct)
        {
            var c = Open(Ayun, MangYangOfficer, DaysAgo(15), new Case
            {
                Source = CaseSource.HangXom, Channel = IntakeChannel.TrucTiep, ReceivedAt = DaysAgo(15).AddHours(-1),
                AbuseForms = AbuseForm.BocLot, ReporterName = "Đinh Văn Blưk", Place = "Xã Ayun, huyện Mang Yang",
                Description = "Hàng xóm báo trẻ 13 tuổi phải đi làm thuê dài ngày ở rẫy cà phê cho người quen của gia đình, không được đi học.",
                Children = [Provisional("Đinh Thị Hơ", CaseChildSex.Nu, age: 13)],
            });
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.TrungBinh, RiskRating.TrungBinh,
                "Trẻ không bị thương tích; làm việc quá sức, nghỉ học đã hai tháng. Gia đình khó khăn, cha mẹ đồng ý làm việc với xã."),
                MangYangOfficer, DaysAgo(15).AddHours(5), calendar);
            await SaveAsync(c, ct);
        }

        /// <summary>Mang Yang: a risk (not abuse) reported yesterday and assessed; the specific assessment is next.</summary>
        private async Task AtRiskAssessedAsync(CancellationToken ct)
        {
            var c = Open(DakJoTa, MangYangOfficer, HoursAgo(21.5), new Case
            {
                Source = CaseSource.UbndXa, Channel = IntakeChannel.TrucTiep, ReceivedAt = HoursAgo(22),
                Concern = CaseConcern.CoNguyCo, Place = "Xã Đak Jơ Ta, huyện Mang Yang",
                Description = "Hai anh em ở với ông bà đã già yếu; cha mẹ đi làm ăn xa, không liên lạc được từ nhiều tháng.",
                Children =
                [
                    Provisional("Đinh Văn Hyun", CaseChildSex.Nam, age: 8),
                    Provisional("Đinh Thị Ngơn", CaseChildSex.Nu, age: 6),
                ],
            });
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.Thap, RiskRating.TrungBinh,
                "Trẻ được ông bà chăm sóc nhưng thiếu ăn vào mùa giáp hạt; cần hỗ trợ gạo và theo dõi việc học."),
                MangYangOfficer, HoursAgo(14), calendar);
            await SaveAsync(c, ct);
        }

        /// <summary>Ia Tiêm: the chairman decided a temporary separation five days ago; it is still running.</summary>
        private async Task RunningSeparationAsync(CancellationToken ct)
        {
            var c = Open(IaTiem, IaTiemWorker, DaysAgo(5), new Case
            {
                Source = CaseSource.TruongHoc, Channel = IntakeChannel.TrucTiep, ReceivedAt = DaysAgo(5).AddHours(-1),
                AbuseForms = AbuseForm.XamHaiTinhDuc, ReporterName = "Trường Tiểu học Ia Tiêm", Place = "Thôn Hòa Bình, xã Ia Tiêm",
                Description = "Nhà trường báo học sinh nữ có dấu hiệu bị xâm hại tình dục; người bị nghi ngờ sống cùng nhà với trẻ.",
                AllegedPerpetrator = "Người sống cùng nhà", PerpetratorRelation = "Họ hàng",
                Children = [Provisional("Ksor H'Mai", CaseChildSex.Nu, age: 11)],
            });
            var assessment = Assessment(AssessmentKind.BanDau, RiskRating.Cao, RiskRating.Cao,
                "Nguy cơ cao: người bị nghi ngờ vẫn tiếp cận được trẻ hằng ngày. Cần tạm thời cách ly trẻ ngay.");
            assessment.NeedsEmergency = true;
            c.RecordInitialAssessment(assessment, IaTiemWorker, DaysAgo(5).AddHours(3), calendar);
            var from = DaysAgo(5).AddHours(5);
            c.DecideEmergency(new SeparationDecision
            {
                Kind = EmergencyMeasureKind.TamThoiCachLy, DecisionNumber = "15/QĐ-UBND", From = from, Until = from.AddDays(15),
                CarePlace = "Nhà bà ngoại của trẻ tại làng Blang", Carer = "Bà ngoại của trẻ",
                Measures = "Tạm thời cách ly trẻ khỏi nơi ở; đưa trẻ đến sống với bà ngoại; báo Công an huyện; bố trí tư vấn tâm lý.",
            }, IaTiemChairman, from);
            await SaveAsync(c, ct);
        }

        /// <summary>Ia Ko: the specific assessment was held three days ago; the plan is due in five working days.</summary>
        private async Task PlanDueAsync(CancellationToken ct)
        {
            var c = Open(IaKo, IaKoWorker, DaysAgo(6), new Case
            {
                Source = CaseSource.YTe, Channel = IntakeChannel.VanBan, ReceivedAt = DaysAgo(6).AddHours(-2),
                AbuseForms = AbuseForm.BoMac, ReporterName = "Trạm Y tế xã Ia Ko", Place = "Làng Ia Ko 1, xã Ia Ko",
                Description = "Trạm y tế báo trẻ suy dinh dưỡng nặng; gia đình không đưa trẻ đi khám và tiêm chủng theo lịch.",
                Children = [Child(iaKoChildren, 0) ?? Provisional("Siu Thanh", CaseChildSex.Nam, age: 3)],
            });
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.TrungBinh, RiskRating.Cao,
                "Trẻ gầy yếu, chưa tiêm đủ mũi; mẹ thiếu hiểu biết về dinh dưỡng, gia đình rất khó khăn."), IaKoWorker, DaysAgo(6).AddHours(4), calendar);
            c.RecordSpecificAssessment(Specific(DaysAgo(3), "Đại diện Trạm Y tế, trưởng làng, cha mẹ trẻ, cán bộ xã",
                "Thống nhất đưa trẻ đi khám tại Trung tâm Y tế huyện và hướng dẫn gia đình chăm sóc dinh dưỡng."), IaKoWorker, DaysAgo(3), calendar);
            await SaveAsync(c, ct);
        }

        /// <summary>Ia Tiêm: the plan was submitted yesterday and waits for the chairman.</summary>
        private async Task PlanAwaitingApprovalAsync(CancellationToken ct)
        {
            var c = Open(IaTiem, IaTiemWorker, DaysAgo(12), new Case
            {
                Source = CaseSource.GiaDinh, Channel = IntakeChannel.TrucTiep, ReceivedAt = DaysAgo(12).AddHours(-1),
                AbuseForms = AbuseForm.BaoLuc, ReporterName = "Rơ Lan H'Blơi", Place = "Làng Ia Tiêm 2, xã Ia Tiêm",
                Description = "Bà nội báo cháu thường bị mẹ kế la mắng, đánh; cháu sợ không dám về nhà.",
                AllegedPerpetrator = "Mẹ kế của trẻ", PerpetratorRelation = "Mẹ kế",
                Children = [Child(iaTiemChildren, 0) ?? Provisional("Rơ Lan Hùng", CaseChildSex.Nam, age: 10)],
            });
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.TrungBinh, RiskRating.TrungBinh,
                "Trẻ không có thương tích nặng; tâm lý lo sợ. Bà nội sẵn sàng cho trẻ ở cùng."), IaTiemWorker, DaysAgo(12).AddHours(5), calendar);
            c.RecordSpecificAssessment(Specific(DaysAgo(6), "Cha, mẹ kế, bà nội của trẻ, trưởng làng, cán bộ xã",
                "Gia đình cam kết không dùng bạo lực; trẻ ở với bà nội trong thời gian hòa giải."), IaTiemWorker, DaysAgo(6), calendar);
            c.SubmitPlan(new InterventionPlan
            {
                Objectives = "Trẻ được an toàn, không bị bạo lực; gia đình thay đổi cách giáo dục con.",
                Activities = "Tư vấn cho cha và mẹ kế; theo dõi việc học của trẻ; thăm gia đình hằng tháng.",
                Tasks =
                [
                    new PlanTask { Title = "Tư vấn kỹ năng làm cha mẹ cho gia đình", AssigneeUserId = ids["xa.iatiem"], DueOn = DayIn(14) },
                    new PlanTask { Title = "Theo dõi việc học và tâm lý của trẻ ở trường", AssigneeAgencyId = agencies[SchoolName].Id, DueOn = DayIn(30) },
                ],
            }, IaTiemWorker, DaysAgo(1), calendar);
            await SaveAsync(c, ct);
        }

        /// <summary>Ia Tiêm: the approved plan is carried out; one task is done, one is referred to the police with consent.</summary>
        private async Task ImplementingAsync(CancellationToken ct)
        {
            var c = Open(IaTiem, IaTiemWorker, DaysAgo(40), new Case
            {
                Source = CaseSource.GiaDinh, Channel = IntakeChannel.TrucTiep, ReceivedAt = DaysAgo(40).AddHours(-1),
                AbuseForms = AbuseForm.BaoLuc, ReporterName = "Nay H'Nga", Place = "Làng Tiêm, xã Ia Tiêm",
                Description = "Mẹ của trẻ báo người cha thường xuyên đánh vợ con khi say rượu.",
                AllegedPerpetrator = "Cha đẻ của trẻ", PerpetratorRelation = "Cha",
                Children =
                [
                    Child(iaTiemChildren, 1) ?? Provisional("Nay Hùng", CaseChildSex.Nam, age: 12),
                    Child(iaTiemChildren, 2) ?? Provisional("Nay H'Xuân", CaseChildSex.Nu, age: 7),
                ],
            });
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.TrungBinh, RiskRating.TrungBinh,
                "Hai trẻ sợ hãi; người mẹ muốn được giúp đỡ để giữ an toàn cho các con."), IaTiemWorker, DaysAgo(40).AddHours(4), calendar);
            c.RecordSpecificAssessment(Specific(DaysAgo(35), "Mẹ của trẻ, trưởng làng, Hội Phụ nữ xã, cán bộ xã",
                "Thống nhất đề nghị Công an huyện làm việc với người cha; Trạm Y tế khám sức khỏe cho hai trẻ."), IaTiemWorker, DaysAgo(35), calendar);
            var police = new PlanTask
            {
                Title = "Làm việc với người cha, ngăn chặn hành vi bạo lực", AssigneeAgencyId = agencies[PoliceName].Id, DueOn = DayIn(10),
            };
            c.SubmitPlan(new InterventionPlan
            {
                Objectives = "Chấm dứt bạo lực trong gia đình; hai trẻ được an toàn và tiếp tục đi học.",
                Activities = "Thăm gia đình; khám sức khỏe; đề nghị Công an huyện can thiệp; tư vấn cho người mẹ.",
                Tasks =
                [
                    new PlanTask { Title = "Thăm gia đình, nói chuyện riêng với hai trẻ", AssigneeUserId = ids["xa.iatiem"], DueOn = DayIn(-20) },
                    new PlanTask { Title = "Khám sức khỏe cho hai trẻ", AssigneeAgencyId = agencies[HealthStationName].Id, DueOn = DayIn(5) },
                    police,
                ],
            }, IaTiemWorker, DaysAgo(32), calendar);
            c.ApprovePlan("21/QĐ-UBND", "Đồng ý kế hoạch.", IaTiemChairman, DaysAgo(31));
            await SaveAsync(c, ct);

            var visit = c.Plans.Single().Tasks.Single(t => t.AssigneeUserId is not null);
            c.CompleteTask(visit.Id, "Đã thăm gia đình hai lần; hai trẻ đi học đều, người mẹ được hướng dẫn cách liên hệ khi có nguy cơ.", IaTiemWorker, DaysAgo(21));
            var referredAt = DaysAgo(24);
            c.Referrals.Add(new Referral
            {
                PlanTaskId = police.Id, AgencyId = agencies[PoliceName].Id, ReferredAt = referredAt,
                ReferredByUserId = ids["xa.iatiem"], ReferrerName = IaTiemWorker.Name,
                Request = "Đề nghị làm việc với người cha về hành vi bạo lực gia đình và áp dụng biện pháp ngăn chặn theo quy định.",
                ConsentGiven = true, ConsentBy = ConsentGiver.ChaMe, ConsentNote = "Mẹ của trẻ đồng ý chuyển thông tin cho Công an huyện.",
                Status = ReferralStatus.DaTiepNhan,
                Actions =
                [
                    new ReferralAction
                    {
                        At = DaysAgo(20), UserId = ids["congan.chuse"], UserName = Actor("congan.chuse").Name,
                        Text = "Đã mời người cha lên làm việc, nhắc nhở và lập biên bản cam kết không tái phạm.",
                    },
                ],
            });
            await SaveAsync(c, ct, counted: false);
        }

        /// <summary>Ia Tiêm: handled and closed a month ago.</summary>
        private async Task ClosedAsync(CancellationToken ct)
        {
            var c = await HandledToClosureAsync(new Case
            {
                Source = CaseSource.CongAn, Channel = IntakeChannel.VanBan, ReceivedAt = DaysAgo(70).AddHours(-2),
                AbuseForms = AbuseForm.BocLot, ReporterName = "Công an xã Ia Tiêm", Place = "Xã Ia Tiêm",
                Description = "Công an xã báo trẻ 14 tuổi bỏ học, theo người quen sang tỉnh khác làm thuê.",
                Children = [Provisional("Kpă Tuấn", CaseChildSex.Nam, age: 14)],
            }, DaysAgo(70), ct);
            c.Close("Trẻ đã trở về địa phương, đi học lại; gia đình được hỗ trợ sinh kế.", IaTiemWorker, DaysAgo(38));
            await SaveAsync(c, ct, counted: false);
        }

        /// <summary>Ia Tiêm: closed, then reopened three hours ago on new information.</summary>
        private async Task ReopenedAsync(CancellationToken ct)
        {
            var c = await HandledToClosureAsync(new Case
            {
                Source = CaseSource.TruongHoc, Channel = IntakeChannel.DienThoai, ReceivedAt = DaysAgo(100).AddHours(-1),
                AbuseForms = AbuseForm.BaoLuc, ReporterName = "Trường Tiểu học Ia Tiêm", Place = "Trường Tiểu học Ia Tiêm",
                Description = "Nhà trường báo trẻ nhiều lần bị một nhóm học sinh lớn hơn bắt nạt, đánh trên đường đi học về.",
                Children = [Provisional("Rơ Châm Bình", CaseChildSex.Nam, age: 10)],
            }, DaysAgo(100), ct);
            c.Close("Nhà trường và gia đình các em đã phối hợp; trẻ không còn bị bắt nạt.", IaTiemWorker, DaysAgo(68));
            await SaveAsync(c, ct, counted: false);
            c.Reopen("Nhà trường báo trẻ lại bị bắt nạt sau khi hồ sơ đóng.", IaTiemWorker, HoursAgo(3));
            await SaveAsync(c, ct, counted: false);
        }

        /// <summary>Ia Tiêm: intake, assessments, approved plan, its task done and a review that proposes closing.</summary>
        private async Task<Case> HandledToClosureAsync(Case intake, DateTime opened, CancellationToken ct)
        {
            var c = Open(IaTiem, IaTiemWorker, opened, intake);
            c.RecordInitialAssessment(Assessment(AssessmentKind.BanDau, RiskRating.TrungBinh, RiskRating.TrungBinh,
                "Nguy cơ trung bình; gia đình hợp tác."), IaTiemWorker, opened.AddHours(6), calendar);
            c.RecordSpecificAssessment(Specific(opened.AddDays(3), "Gia đình, nhà trường, trưởng làng, cán bộ xã",
                "Thống nhất các biện pháp hỗ trợ trẻ và gia đình."), IaTiemWorker, opened.AddDays(3), calendar);
            c.SubmitPlan(new InterventionPlan
            {
                Objectives = "Trẻ an toàn và đi học đều.",
                Activities = "Thăm gia đình, phối hợp với nhà trường.",
                Tasks = [new PlanTask { Title = "Thăm gia đình, phối hợp với nhà trường", AssigneeUserId = ids["xa.iatiem"], DueOn = DateOnly.FromDateTime(opened.AddDays(20)) }],
            }, IaTiemWorker, opened.AddDays(5), calendar);
            c.ApprovePlan("09/QĐ-UBND", null, IaTiemChairman, opened.AddDays(6));
            await SaveAsync(c, ct);
            c.CompleteTask(c.Plans.Single().Tasks.Single().Id, "Đã thực hiện; trẻ ổn định.", IaTiemWorker, opened.AddDays(15));
            var review = Assessment(AssessmentKind.RaSoat, RiskRating.Thap, RiskRating.Thap, "Trẻ an toàn, các mục tiêu của kế hoạch đã đạt.");
            review.Proposal = ReviewProposal.DongHoSo;
            c.RecordReview(review, IaTiemWorker, opened.AddDays(30), calendar);
            return c;
        }

        private Case Open(string unitCode, CaseActor actor, DateTime at, Case intake)
        {
            intake.UnitId = units[unitCode].Id;
            return Case.Open(intake, actor, at);
        }

        private async Task SaveAsync(Case c, CancellationToken ct, bool counted = true)
        {
            if (c.Id == 0) db.Cases.Add(c);
            await db.SaveChangesAsync(ct);
            if (counted) Count++;
        }

        private static CaseChild Provisional(string? name, CaseChildSex sex, int age) =>
            new() { FullName = name, Sex = sex, EstimatedAge = age, EthnicityCode = "10" };

        private static CaseChild? Child(List<Domain.Children.Child> register, int index)
        {
            if (index >= register.Count) return null;
            var child = register[index];
            return new CaseChild
            {
                ChildId = child.Id, FullName = child.FullName, DateOfBirth = child.DateOfBirth,
                Sex = child.Sex == Domain.Children.Sex.Nam ? CaseChildSex.Nam : CaseChildSex.Nu, EthnicityCode = child.EthnicityCode,
            };
        }

        /// <summary>Every item of the form rated: harm items (section A) one way, capacity items (B) another.</summary>
        private static CaseAssessment Assessment(AssessmentKind kind, RiskRating harm, RiskRating capacity, string findings) => new()
        {
            Findings = findings,
            Items = AssessmentForms.ItemsOf(kind)
                .Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = i.Section == "A" ? harm : capacity })
                .ToList(),
        };

        private static CaseAssessment Specific(DateTime meetingAt, string participants, string minutes)
        {
            var a = Assessment(AssessmentKind.CuThe, RiskRating.TrungBinh, RiskRating.TrungBinh, "Đánh giá cụ thể: " + minutes);
            a.MeetingAt = meetingAt;
            a.MeetingParticipants = participants;
            a.MeetingMinutes = minutes;
            a.AbuseConfirmed = true;
            return a;
        }
    }
}
