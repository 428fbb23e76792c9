using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;
using TreEm.Domain.Care;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using TreEm.Domain.People;
using TreEm.Domain.Programmes;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Training;

namespace TreEm.Tests.Indicators;

/// <summary>
/// Every indicator against records counted by hand, on the test database of the run (SQLite or PostgreSQL). Each test
/// works in its own district so the random order of the tests cannot change the counts.
/// </summary>
public class IndicatorEngineTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static readonly FigurePeriod Y2021 = FigurePeriod.Year(2021);
    private static readonly FigurePeriod S2021 = FigurePeriod.FirstHalf(2021);

    [Fact]
    public async Task Children_CountsThoseManagedInThePeriod_BySexAndCommune()
    {
        // Thị xã An Khê (623): communes 23614, 23617.
        // child            | commune | sex | ethnicity | status                | counted 2021
        // A                | 23614   | Nữ  | 10        | đang quản lý          | yes (TE_DTTS)
        // B                | 23617   | Nam | Kinh      | đang quản lý, KT      | yes (TE_KHUYET_TAT)
        // C (merged into A)| 23614   | Nữ  | 10        | đang quản lý          | no: merged
        // D born 2022      | 23614   | Nữ  | 10        | đang quản lý          | no: not born yet
        // E                | 23617   | Nữ  | 10        | đủ 16 tuổi 01/8/2021  | yes: managed part of 2021
        // F                | 23614   | Nam | 10        | tử vong 31/12/2020    | no: left before the period
        // G                | 24041 (Ayun Pa) | Nữ |    | đang quản lý          | no: other district
        var a = await app.CreateChildAsync("23614", "Rơ Mah A", sex: Sex.Nu);
        await app.CreateChildAsync("23617", "Nguyễn Văn B", sex: Sex.Nam, ethnicityCode: "01", configure: c => c.DisabilityType = DisabilityType.VanDong);
        await app.CreateChildAsync("23614", "Rơ Mah C", sex: Sex.Nu, configure: c => c.MergedIntoId = a.Id);
        await app.CreateChildAsync("23614", "Rơ Mah D", new DateOnly(2022, 3, 1), Sex.Nu);
        await app.CreateChildAsync("23617", "Siu E", new DateOnly(2005, 8, 1), Sex.Nu,
            configure: c => (c.Status, c.StatusDate) = (ChildStatus.Du16Tuoi, new DateOnly(2021, 8, 1)));
        await app.CreateChildAsync("23614", "Ksor F", sex: Sex.Nam,
            configure: c => (c.Status, c.StatusDate) = (ChildStatus.TuVong, new DateOnly(2020, 12, 31)));
        await app.CreateChildAsync("24041", "Puih G", sex: Sex.Nu);

        var v = await app.ComputeAsync("623", Y2021, ["TE_SO_TRE", "TE_DTTS", "TE_KHUYET_TAT"]);

        Assert.Equal(3, v.V("TE_SO_TRE"));
        Assert.Equal(2, v.V("TE_SO_TRE|sex:Nu"));
        Assert.Equal(1, v.V("TE_SO_TRE|sex:Nam"));
        Assert.Equal(1, v.V("TE_SO_TRE|unit:23614"));
        Assert.Equal(2, v.V("TE_SO_TRE|unit:23617"));
        Assert.Equal(0, v.V("TE_SO_TRE|unit:23620"));
        Assert.Equal(2, v.V("TE_DTTS"));
        Assert.Equal(1, v.V("TE_KHUYET_TAT"));
        Assert.Equal(1, v.V("TE_KHUYET_TAT|unit:23617"));
        Assert.DoesNotContain("HCDB_SO_TRE", v.Keys);

        // In 2022 E has left and D is born: A, B, D.
        var later = await app.ComputeAsync("623", FigurePeriod.Year(2022), ["TE_SO_TRE"]);
        Assert.Equal(3, later.V("TE_SO_TRE"));
    }

    [Fact]
    public async Task SpecialCircumstancesAndAtRisk_OverlapThePeriod_AndShareSupported()
    {
        // Huyện Đak Đoa (626): communes 23677, 23680, 23683. Period 01/01–30/06/2021.
        // child | commune | classification                          | counted | support          | supported
        // H1 Nữ | 23677   | a from 01/01/2020                       | yes     | 30/06/2021       | yes
        // H2 Nam| 23677   | b 2019 → ends 31/12/2020 (day before)   | no      | 01/03/2021       | –
        // H3 Nữ | 23680   | a from 01/03/2021, d from 01/02/2021    | yes ×1  | 01/07/2021 (after)| no
        // H4 Nam| 23680   | c from 01/07/2021 (after)               | no      |                  |
        // H5 Nữ | 23677   | a, merged into H1                       | no      |                  |
        // H6 Nữ | 24042 (other district) | a                        | no      |                  |
        // H7 Nam| 23680   | at risk NC01 from 01/01/2021            | at risk | 01/02/2021       | yes
        var h1 = await app.CreateChildAsync("23677", "Rơ Châm H1", sex: Sex.Nu);
        await app.ClassifyAsync(h1.Id, ClassificationKind.SpecialCircumstance, "a", new DateOnly(2020, 1, 1));
        await app.SupportAsync(h1, new DateOnly(2021, 6, 30));
        var h2 = await app.CreateChildAsync("23677", "Rơ Châm H2", sex: Sex.Nam);
        await app.ClassifyAsync(h2.Id, ClassificationKind.SpecialCircumstance, "b", new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31));
        await app.SupportAsync(h2, new DateOnly(2021, 3, 1));
        var h3 = await app.CreateChildAsync("23680", "Rơ Châm H3", sex: Sex.Nu);
        await app.ClassifyAsync(h3.Id, ClassificationKind.SpecialCircumstance, "a", new DateOnly(2021, 3, 1));
        await app.ClassifyAsync(h3.Id, ClassificationKind.SpecialCircumstance, "d", new DateOnly(2021, 2, 1));
        await app.SupportAsync(h3, new DateOnly(2021, 7, 1));
        var h4 = await app.CreateChildAsync("23680", "Rơ Châm H4", sex: Sex.Nam);
        await app.ClassifyAsync(h4.Id, ClassificationKind.SpecialCircumstance, "c", new DateOnly(2021, 7, 1));
        var h5 = await app.CreateChildAsync("23677", "Rơ Châm H5", sex: Sex.Nu, configure: c => c.MergedIntoId = h1.Id);
        await app.ClassifyAsync(h5.Id, ClassificationKind.SpecialCircumstance, "a", new DateOnly(2020, 1, 1));
        var h6 = await app.CreateChildAsync("24042", "Rơ Châm H6", sex: Sex.Nu);
        await app.ClassifyAsync(h6.Id, ClassificationKind.SpecialCircumstance, "a", new DateOnly(2020, 1, 1));
        var h7 = await app.CreateChildAsync("23680", "Rơ Châm H7", sex: Sex.Nam);
        await app.ClassifyAsync(h7.Id, ClassificationKind.AtRisk, "NC01", new DateOnly(2021, 1, 1));
        await app.SupportAsync(h7, new DateOnly(2021, 2, 1));

        var v = await app.ComputeAsync("626", S2021, ["HCDB_SO_TRE", "HCDB_TRO_GIUP_PT", "NGUY_CO_SO_TRE", "NGUY_CO_TRO_GIUP_PT"]);

        Assert.Equal(2, v.V("HCDB_SO_TRE"));
        Assert.Equal(2, v.V("HCDB_SO_TRE|sex:Nu"));
        Assert.Equal(0, v.V("HCDB_SO_TRE|sex:Nam"));
        Assert.Equal(2, v.V("HCDB_SO_TRE|group:a"));
        Assert.Equal(1, v.V("HCDB_SO_TRE|group:d"));
        Assert.Equal(0, v.V("HCDB_SO_TRE|group:b"));
        Assert.Equal(1, v.V("HCDB_SO_TRE|unit:23677"));
        Assert.Equal(1, v.V("HCDB_SO_TRE|unit:23680"));

        var share = v["HCDB_TRO_GIUP_PT"];
        Assert.Equal((50.0m, 1m, 2m), (share.Value, share.Numerator, share.Denominator));
        Assert.Equal(100.0m, v.V("HCDB_TRO_GIUP_PT|unit:23677"));
        Assert.Equal(0.0m, v.V("HCDB_TRO_GIUP_PT|unit:23680"));
        // A commune with no special-circumstance child: no denominator, no value.
        Assert.Null(v.V("HCDB_TRO_GIUP_PT|unit:23683"));
        Assert.Equal(0m, v["HCDB_TRO_GIUP_PT|unit:23683"].Denominator);

        Assert.Equal(1, v.V("NGUY_CO_SO_TRE"));
        Assert.Equal(1, v.V("NGUY_CO_SO_TRE|sex:Nam"));
        Assert.Equal(100.0m, v.V("NGUY_CO_TRO_GIUP_PT"));
    }

    [Fact]
    public async Task Support_CountsAndValues_ByFormSourceAndCommune()
    {
        // Huyện Chư Păh (627): communes 23722, 23725. Year 2021.
        // child | commune | date       | form    | value     | source
        // S1    | 23722   | 01/03/2021 | QUA     | 100 000   | ngân sách tỉnh
        // S1    | 23722   | 31/12/2021 | QUA     | 100 000   | ngân sách tỉnh
        // S1    | 23722   | 01/09/2021 | HOCBONG | 500 000   | quỹ bảo trợ
        // S1    | 23722   | 01/01/2022 | QUA     | 100 000   | – (after the period)
        // S2    | 23725   | 05/05/2021 | TIENMAT | 1 000 000 | nhà tài trợ
        var s1 = await app.CreateChildAsync("23722", "Nay S1");
        var s2 = await app.CreateChildAsync("23725", "Nay S2");
        await app.SupportAsync(s1, new DateOnly(2021, 3, 1));
        await app.SupportAsync(s1, new DateOnly(2021, 12, 31));
        await app.SupportAsync(s1, new DateOnly(2021, 9, 1), "HOCBONG", 500_000m, FundingSource.QuyBaoTro);
        await app.SupportAsync(s1, new DateOnly(2022, 1, 1));
        await app.SupportAsync(s2, new DateOnly(2021, 5, 5), "TIENMAT", 1_000_000m, FundingSource.NhaTaiTro);

        var v = await app.ComputeAsync("627", Y2021, ["TRO_GIUP_LUOT", "TRO_GIUP_GIA_TRI", "KINH_PHI_TRE_EM"]);

        Assert.Equal(4, v.V("TRO_GIUP_LUOT"));
        Assert.Equal(2, v.V("TRO_GIUP_LUOT|form:QUA"));
        Assert.Equal(1, v.V("TRO_GIUP_LUOT|form:HOCBONG"));
        Assert.Equal(0, v.V("TRO_GIUP_LUOT|form:XEDAP"));
        Assert.Equal(2, v.V("TRO_GIUP_LUOT|source:NganSachTinh"));
        Assert.Equal(3, v.V("TRO_GIUP_LUOT|unit:23722"));
        Assert.Equal(1, v.V("TRO_GIUP_LUOT|unit:23725"));
        Assert.Equal(1_700_000m, v.V("TRO_GIUP_GIA_TRI"));
        Assert.Equal(200_000m, v.V("TRO_GIUP_GIA_TRI|form:QUA"));
        Assert.Equal(700_000m, v.V("TRO_GIUP_GIA_TRI|unit:23722"));
        Assert.Equal(1_700_000m, v.V("KINH_PHI_TRE_EM"));
        Assert.Equal(200_000m, v.V("KINH_PHI_TRE_EM|source:NganSachTinh"));
        Assert.Equal(500_000m, v.V("KINH_PHI_TRE_EM|source:QuyBaoTro"));
        Assert.Equal(1_000_000m, v.V("KINH_PHI_TRE_EM|source:NhaTaiTro"));
    }

    [Fact]
    public async Task Cases_AbusedChildrenOnce_AndShareOfChildrenHandledOnTime()
    {
        // Huyện Ia Grai (628): communes 23764, 23767. Year 2021 (Vietnam dates).
        // case | commune | received (VN)     | forms          | children                 | handled
        // K1   | 23764   | 10/03/2021        | bạo lực + TD   | R1 (Nữ), provisional Nam | on time
        // K2   | 23764   | 01/05/2021        | bạo lực        | R1                       | late (step left open)
        // K3   | 23767   | 31/12/2021 23:59  | none           | R2 (merged into R1), provisional không rõ | on time
        // K4   | 23767   | 01/01/2022 00:00  | bạo lực        | provisional              | – (after the period)
        // K5   | 23824 (Kông Chro) | 2021    | bạo lực        | provisional              | – (other district)
        // Children once: R1, K1's provisional, K3's provisional = 3. On time: (2 + 2) / (2 + 1 + 2) = 80 %.
        var r1 = await app.CreateChildAsync("23764", "Kpă R1", sex: Sex.Nu);
        var r2 = await app.CreateChildAsync("23767", "Kpă R2", sex: Sex.Nu, configure: c => c.MergedIntoId = r1.Id);
        var vn = TimeSpan.FromHours(7);
        DateTime Vn(int y, int m, int d, int h = 9, int min = 0) => DateTime.SpecifyKind(new DateTime(y, m, d, h, min, 0) - vn, DateTimeKind.Utc);
        CaseChild Register(Child c) => new() { ChildId = c.Id, FullName = c.FullName, Sex = CaseChildSex.Nu };
        CaseChild Provisional(CaseChildSex sex) => new() { EstimatedAge = 10, Sex = sex };

        var k1 = await app.CreateCaseAsync("23764", forms: AbuseForm.BaoLuc | AbuseForm.XamHaiTinhDuc,
            children: [Register(r1), Provisional(CaseChildSex.Nam)], configure: c => c.ReceivedAt = Vn(2021, 3, 10));
        await app.CreateCaseAsync("23764", forms: AbuseForm.BaoLuc, children: [Register(r1)], configure: c => c.ReceivedAt = Vn(2021, 5, 1));
        var k3 = await app.CreateCaseAsync("23767",
            children: [Register(r2), Provisional(CaseChildSex.KhongRo)], configure: c => c.ReceivedAt = Vn(2021, 12, 31, 23, 59));
        await app.CreateCaseAsync("23767", children: [Provisional(CaseChildSex.Nam)], configure: c => c.ReceivedAt = Vn(2022, 1, 1, 0, 0));
        await app.CreateCaseAsync("23824", children: [Provisional(CaseChildSex.Nam)], configure: c => c.ReceivedAt = Vn(2021, 6, 1));
        await app.WithDbAsync(async db =>
        {
            foreach (var step in await db.CaseSteps.Where(s => (s.CaseId == k1.Id || s.CaseId == k3.Id) && s.CompletedAt == null).ToListAsync())
                step.CompletedAt = step.DueAt;
            // The form is not known yet for K3 (an intake needs one; it is cleared afterwards).
            (await db.Cases.SingleAsync(c => c.Id == k3.Id)).AbuseForms = AbuseForm.None;
            await db.SaveChangesAsync();
        });

        var v = await app.ComputeAsync("628", Y2021, ["VU_VIEC_SO", "TE_BI_XAM_HAI", "XAM_HAI_KIP_THOI_PT"]);

        Assert.Equal(3, v.V("VU_VIEC_SO"));
        Assert.Equal(2, v.V("VU_VIEC_SO|form:BaoLuc"));
        Assert.Equal(1, v.V("VU_VIEC_SO|form:XamHaiTinhDuc"));
        Assert.Equal(1, v.V("VU_VIEC_SO|form:KhongRo"));
        Assert.Equal(0, v.V("VU_VIEC_SO|form:MuaBan"));
        Assert.Equal(2, v.V("VU_VIEC_SO|unit:23764"));
        Assert.Equal(1, v.V("VU_VIEC_SO|unit:23767"));

        Assert.Equal(3, v.V("TE_BI_XAM_HAI"));
        Assert.Equal(1, v.V("TE_BI_XAM_HAI|sex:Nu"));
        Assert.Equal(1, v.V("TE_BI_XAM_HAI|sex:Nam"));
        Assert.Equal(1, v.V("TE_BI_XAM_HAI|sex:KhongRo"));
        Assert.Equal(2, v.V("TE_BI_XAM_HAI|form:BaoLuc"));
        Assert.Equal(2, v.V("TE_BI_XAM_HAI|form:KhongRo"));
        Assert.Equal(2, v.V("TE_BI_XAM_HAI|unit:23764"));
        Assert.Equal(2, v.V("TE_BI_XAM_HAI|unit:23767"));

        var onTime = v["XAM_HAI_KIP_THOI_PT"];
        Assert.Equal((80.0m, 4m, 5m), (onTime.Value, onTime.Numerator, onTime.Denominator));
        Assert.Equal(66.7m, v.V("XAM_HAI_KIP_THOI_PT|unit:23764"));
        Assert.Equal(100.0m, v.V("XAM_HAI_KIP_THOI_PT|unit:23767"));
    }

    [Fact]
    public async Task Events_ShareOfDistrictsHoldingEachEvent_AndAll()
    {
        // Year 2019, own period. The province has 17 district-tier units.
        // district | event (organiser)                             | held in 2019
        // 631      | Tháng hành động (xã 23857), Diễn đàn, Trung thu | all three
        // 634      | Tháng hành động                                 | one
        // 635      | Trung thu 01/09/2020                            | none (other year)
        await AddEventAsync("23857", EventKind.ThangHanhDong, new DateOnly(2019, 6, 1));
        await AddEventAsync("631", EventKind.DienDan, new DateOnly(2019, 5, 20));
        await AddEventAsync("631", EventKind.TrungThu, new DateOnly(2019, 9, 13));
        await AddEventAsync("634", EventKind.ThangHanhDong, new DateOnly(2019, 6, 3));
        await AddEventAsync("635", EventKind.TrungThu, new DateOnly(2020, 9, 1));

        var province = await app.ComputeAsync("64", FigurePeriod.Year(2019), ["SU_KIEN_HUYEN_PT"]);
        var all = province["SU_KIEN_HUYEN_PT"];
        Assert.Equal((5.9m, 1m, 17m), (all.Value, all.Numerator, all.Denominator));
        Assert.Equal(11.8m, province.V("SU_KIEN_HUYEN_PT|event:ThangHanhDong"));
        Assert.Equal(5.9m, province.V("SU_KIEN_HUYEN_PT|event:DienDan"));
        Assert.Equal(5.9m, province.V("SU_KIEN_HUYEN_PT|event:TrungThu"));

        var district = await app.ComputeAsync("631", FigurePeriod.Year(2019), ["SU_KIEN_HUYEN_PT"]);
        Assert.Equal(100.0m, district.V("SU_KIEN_HUYEN_PT"));
        var firstHalf = await app.ComputeAsync("631", FigurePeriod.FirstHalf(2019), ["SU_KIEN_HUYEN_PT"]);
        Assert.Equal(0.0m, firstHalf.V("SU_KIEN_HUYEN_PT"));
        Assert.Equal(100.0m, firstHalf.V("SU_KIEN_HUYEN_PT|event:DienDan"));
        // A commune has no district under it: no denominator, no value.
        var commune = await app.ComputeAsync("23857", FigurePeriod.Year(2019), ["SU_KIEN_HUYEN_PT"]);
        Assert.Null(commune.V("SU_KIEN_HUYEN_PT"));
    }

    [Fact]
    public async Task Training_OfficersActiveAtTheEnd_TrainedInThePeriod()
    {
        // Huyện Krông Pa (637): communes 24076, 24079. Year 2021.
        // person            | unit  | kind        | active 31/12/2021 | trained 2021
        // district officer  | 637   | cán bộ huyện| yes               | yes
        // commune officer   | 24076 | cán bộ xã   | yes               | no (2020 only)
        // left              | 24079 | cán bộ xã   | no (left 30/06)   | yes
        // collaborator      | 24076 | CTV         | not an officer    | yes
        var district = await app.PersonAsync("637", "Đinh Văn Huyện", PersonKind.CanBoHuyen);
        var commune = await app.PersonAsync("24076", "Nay Thị Xã", PersonKind.CanBoXa);
        var left = await app.PersonAsync("24079", "Rơ Châm Nghỉ", PersonKind.CanBoXa, end: new DateOnly(2021, 6, 30));
        var collaborator = await app.PersonAsync("24076", "Ksor Cộng Tác", PersonKind.CongTacVien);
        var c2020 = await app.CourseAsync("637", "Lớp 2020", 2020);
        await app.SessionAsync(c2020, new DateOnly(2020, 5, 4), 8m, [commune]);
        var c2021 = await app.CourseAsync("64", "Lớp 2021", 2021);
        await app.SessionAsync(c2021, new DateOnly(2021, 5, 4), 4m, [district, left, collaborator]);

        var v = await app.ComputeAsync("637", Y2021, ["CAN_BO_TAP_HUAN_PT"]);

        var total = v["CAN_BO_TAP_HUAN_PT"];
        Assert.Equal((50.0m, 1m, 2m), (total.Value, total.Numerator, total.Denominator));
        Assert.Equal(0.0m, v.V("CAN_BO_TAP_HUAN_PT|unit:24076"));
        Assert.Null(v.V("CAN_BO_TAP_HUAN_PT|unit:24079"));
    }

    [Fact]
    public async Task Injuries_InThePeriod_ByKindOutcomeSexAndCommune()
    {
        // Huyện Phú Thiện (638): communes 24043, 24046. Period 01/01–30/06/2021.
        // unit  | date       | kind       | outcome   | sex      | counted
        // 24043 | 01/01/2021 | đuối nước  | tử vong   | Nam      | yes
        // 24046 | 30/06/2021 | giao thông | bị thương | Nữ       | yes
        // 24046 | 02/02/2021 | bỏng       | bị thương | không rõ | yes
        // 24043 | 01/07/2021 | đuối nước  | tử vong   | Nam      | no (after)
        // 24043 | 15/06/2020 | đuối nước  | tử vong   | Nam      | no (last year: counts for 2020S1)
        await AddInjuryAsync("24043", new DateOnly(2021, 1, 1), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam);
        await AddInjuryAsync("24046", new DateOnly(2021, 6, 30), InjuryKind.GiaoThong, InjuryOutcome.BiThuong, Sex.Nu);
        await AddInjuryAsync("24046", new DateOnly(2021, 2, 2), InjuryKind.Bong, InjuryOutcome.BiThuong, null);
        await AddInjuryAsync("24043", new DateOnly(2021, 7, 1), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam);
        await AddInjuryAsync("24043", new DateOnly(2020, 6, 15), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam);

        var v = await app.ComputeAsync("638", S2021, ["TNTT_SO", "TNTT_TU_VONG"]);

        Assert.Equal(3, v.V("TNTT_SO"));
        Assert.Equal(1, v.V("TNTT_SO|kind:DuoiNuoc"));
        Assert.Equal(2, v.V("TNTT_SO|outcome:BiThuong"));
        Assert.Equal(1, v.V("TNTT_SO|outcome:TuVong"));
        Assert.Equal(1, v.V("TNTT_SO|sex:Nam"));
        Assert.Equal(1, v.V("TNTT_SO|sex:KhongRo"));
        Assert.Equal(1, v.V("TNTT_SO|unit:24043"));
        Assert.Equal(2, v.V("TNTT_SO|unit:24046"));
        Assert.Equal(1, v.V("TNTT_TU_VONG"));
        Assert.Equal(0, v.V("TNTT_TU_VONG|unit:24046"));
        var before = await app.ComputeAsync("638", S2021.PreviousYear(), ["TNTT_SO"]);
        Assert.Equal(1, before.V("TNTT_SO"));
    }

    [Fact]
    public async Task Fund_ReceiptsOfTheSubtreeFunds_NetOfReversals()
    {
        // Huyện Chư Pưh (639) fund and xã 23971 fund. Year 2021.
        // fund  | date       | entry                                  | effect
        // 639   | 01/02/2021 | thu tiền mặt 10 000 000                | +10 000 000 (TienMat)
        // 639   | 01/03/2021 | thu hiện vật 2 000 000                 | +2 000 000 (HienVat)
        // 639   | 01/04/2021 | đảo khoản thu hiện vật                 | −2 000 000 (HienVat)
        // 639   | 01/05/2021 | chi 3 000 000                          | QUY_CHI 3 000 000
        // 639   | 02/01/2022 | thu 5 000 000                          | – (after)
        // 23971 | 01/06/2021 | thu chương trình 1 000 000             | +1 000 000 (ChuongTrinh)
        await app.WithDbAsync(async db =>
        {
            var district = await db.Units.SingleAsync(u => u.Code == "639");
            var commune = await db.Units.SingleAsync(u => u.Code == "23971");
            var fund = new ChildFund { UnitId = district.Id, Name = "Quỹ huyện Chư Pưh" };
            var inKind = Receipt(district.Id, new DateOnly(2021, 3, 1), 2_000_000m, ReceiptType.HienVat);
            fund.Entries.AddRange([
                Receipt(district.Id, new DateOnly(2021, 2, 1), 10_000_000m, ReceiptType.TienMat), inKind,
                new FundEntry { UnitId = district.Id, Kind = FundEntryKind.Disbursement, Date = new DateOnly(2021, 5, 1), AmountVnd = 3_000_000m, Description = "Chi" },
                Receipt(district.Id, new DateOnly(2022, 1, 2), 5_000_000m, ReceiptType.TienMat),
            ]);
            var communeFund = new ChildFund { UnitId = commune.Id, Name = "Quỹ xã" };
            communeFund.Entries.Add(Receipt(commune.Id, new DateOnly(2021, 6, 1), 1_000_000m, ReceiptType.ChuongTrinh));
            db.ChildFunds.AddRange(fund, communeFund);
            await db.SaveChangesAsync();
            db.FundEntries.Add(new FundEntry
            {
                FundId = fund.Id, UnitId = district.Id, Kind = FundEntryKind.Reversal, Date = new DateOnly(2021, 4, 1), AmountVnd = 2_000_000m,
                ReversesEntryId = inKind.Id, Reason = "Ghi nhầm", Description = "Đảo",
            });
            await db.SaveChangesAsync();
        });

        var v = await app.ComputeAsync("639", Y2021, ["QUY_VAN_DONG", "QUY_CHI"]);

        Assert.Equal(11_000_000m, v.V("QUY_VAN_DONG"));
        Assert.Equal(10_000_000m, v.V("QUY_VAN_DONG|kind:TienMat"));
        Assert.Equal(0m, v.V("QUY_VAN_DONG|kind:HienVat"));
        Assert.Equal(1_000_000m, v.V("QUY_VAN_DONG|kind:ChuongTrinh"));
        Assert.Equal(3_000_000m, v.V("QUY_CHI"));
        var commune = await app.ComputeAsync("23971", Y2021, ["QUY_VAN_DONG"]);
        Assert.Equal(1_000_000m, commune.V("QUY_VAN_DONG"));
    }

    [Fact]
    public async Task Communication_ActivitiesAndReach_ByChannelAndCommune()
    {
        // Thị xã Ayun Pa (624): communes 24041, 24042. Year 2020 (own period).
        // 24041 | 10/03/2020 | loa truyền thanh | 300 người
        // 24042 | 31/12/2020 | pano, áp phích   | 1 000 người
        // 24042 | 01/01/2021 | loa              | 50 (after)
        await AddCommunicationAsync("24041", new DateOnly(2020, 3, 10), CommunicationChannel.LoaTruyenThanh, 300);
        await AddCommunicationAsync("24042", new DateOnly(2020, 12, 31), CommunicationChannel.PanoApPhich, 1000);
        await AddCommunicationAsync("24042", new DateOnly(2021, 1, 1), CommunicationChannel.LoaTruyenThanh, 50);

        var v = await app.ComputeAsync("624", FigurePeriod.Year(2020), ["TRUYEN_THONG_SO", "TRUYEN_THONG_LUOT"]);

        Assert.Equal(2, v.V("TRUYEN_THONG_SO"));
        Assert.Equal(1, v.V("TRUYEN_THONG_SO|kind:LoaTruyenThanh"));
        Assert.Equal(1, v.V("TRUYEN_THONG_SO|unit:24042"));
        Assert.Equal(1300, v.V("TRUYEN_THONG_LUOT"));
        Assert.Equal(300, v.V("TRUYEN_THONG_LUOT|unit:24041"));
    }

    [Fact]
    public async Task Scope_DistrictUserGetsNothingForAnotherDistrictOrTheProvince()
    {
        // Mang Yang (629) has a child; the Chư Sê (633) officer asks for it and for the province.
        await app.CreateChildAsync("23803", "Đinh Thị Mang Yang");
        var chuSe = new UserScope("huyen.chuse", [(Role.DistrictOfficer, "/64/633/")]);
        var mangYang = new UserScope("huyen.mangyang", [(Role.DistrictOfficer, "/64/629/")]);

        Assert.Empty(await app.ComputeAsync("629", FigurePeriod.Year(2018), scope: chuSe));
        Assert.Empty(await app.ComputeAsync("64", FigurePeriod.Year(2018), scope: chuSe));
        var own = await app.ComputeAsync("629", FigurePeriod.Year(2018), ["TE_SO_TRE"], mangYang);
        Assert.Equal(1, own.V("TE_SO_TRE"));
    }

    [Fact]
    public async Task AllIndicators_WhenNoCodesAreGiven_EachHasItsTotal()
    {
        var v = await app.ComputeAsync("632", FigurePeriod.Year(2017));

        foreach (var d in TreEm.Data.Indicators.IndicatorCatalogue.All)
            Assert.True(v.ContainsKey(d.Code), d.Code);
        Assert.Null(v.V("HCDB_TRO_GIUP_PT"));
        Assert.Equal(0, v.V("TE_SO_TRE"));
    }

    private static FundEntry Receipt(int unitId, DateOnly date, decimal amount, ReceiptType type) => new()
    {
        UnitId = unitId, Kind = FundEntryKind.Receipt, Date = date, AmountVnd = amount, ReceiptType = type, Donor = "Nhà hảo tâm", Description = "Thu",
    };

    private Task AddEventAsync(string unitCode, EventKind kind, DateOnly start) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            db.ChildEvents.Add(new ChildEvent
            {
                UnitId = unit.Id, Kind = kind, StartDate = start, EndDate = start.AddDays(1), Venue = "Nhà văn hóa", Theme = "Chủ đề",
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    private Task AddInjuryAsync(string unitCode, DateOnly date, InjuryKind kind, InjuryOutcome outcome, Sex? sex) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            db.InjuryRecords.Add(new InjuryRecord
            {
                UnitId = unit.Id, Date = date, Kind = kind, Outcome = outcome, Sex = sex, Age = 8, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    private Task AddCommunicationAsync(string unitCode, DateOnly date, CommunicationChannel channel, int reach) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            db.CommunicationActivities.Add(new CommunicationActivity
            {
                UnitId = unit.Id, Date = date, Channel = channel, Topic = CommunicationTopic.QuyenTreEm, Title = "Truyền thông", Reach = reach,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task ScreeningSurgeryAndAlternativeCare_CountChildrenOnceInThePeriod_ByCommune()
    {
        // Huyện Kông Chro (630): communes 23824, 23827; another district's commune 24013 (Ia Pa), which no other test of the class uses.
        // child | commune | programme records                                 | placements                      | 2021
        // A     | 23824   | screened 10/3/2021 in two programmes              | 01/02/2020 – (open)             | screened once, in care
        // B     | 23827   | screened 15/12/2020, operated 05/01/2021          | 01/03/2021 – 30/4/2021          | operated, in care
        // C     | 23827   | screened 02/01/2022                               | 01/01/2019 – 31/12/2020         | nothing (ends the day before)
        // D     | 24013   | screened 10/3/2021, operated 20/3/2021            | 01/01/2021 – (open)             | other district
        // Screened 1 (A), operated 1 (B), in care 2 (A, B).
        var a = await app.CreateChildAsync("23824", "Đinh Thị A");
        var b = await app.CreateChildAsync("23827", "Đinh Văn B");
        var c = await app.CreateChildAsync("23827", "Đinh Văn C");
        var d = await app.CreateChildAsync("24013", "Đinh Văn D");
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var kongChro = await db.Units.SingleAsync(u => u.Code == "630");
            var heart = new ScreeningProgramme { UnitId = kongChro.Id, Name = "Tim bẩm sinh 2021", Kind = ProgrammeKind.TimBamSinh, Year = 2021, CreatedAt = now };
            var cleft = new ScreeningProgramme { UnitId = kongChro.Id, Name = "Sứt môi 2021", Kind = ProgrammeKind.SutMoiHoHam, Year = 2021, CreatedAt = now };
            db.AddRange(heart, cleft);
            ProgrammeChild Record(ScreeningProgramme p, Child child, DateOnly screened, DateOnly? operated = null) => new()
            {
                Programme = p, ChildId = child.Id, UnitId = child.UnitId, ScreenedOn = screened, SurgeryDone = operated is not null,
                SurgeryDate = operated, Hospital = operated is null ? null : "Bệnh viện Nhi đồng 1", CreatedAt = now,
            };
            db.ProgrammeChildren.AddRange(
                Record(heart, a, new DateOnly(2021, 3, 10)), Record(cleft, a, new DateOnly(2021, 3, 10)),
                Record(heart, b, new DateOnly(2020, 12, 15), new DateOnly(2021, 1, 5)),
                Record(heart, c, new DateOnly(2022, 1, 2)),
                Record(heart, d, new DateOnly(2021, 3, 10), new DateOnly(2021, 3, 20)));
            CareGiver Giver(Child child) => new()
            {
                UnitId = child.UnitId, FullName = "Người chăm sóc của " + child.FullName, NameSearch = "nguoi cham soc",
                Kinship = Kinship.NguoiThan, RegisteredOn = new DateOnly(2018, 1, 1),
            };
            CarePlacement Placement(Child child, DateOnly start, DateOnly? end) => new()
            {
                ChildId = child.Id, CareGiver = Giver(child), UnitId = child.UnitId, StartDate = start, EndDate = end, CreatedAt = now,
            };
            db.CarePlacements.AddRange(
                Placement(a, new DateOnly(2020, 2, 1), null),
                Placement(b, new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 30)),
                Placement(c, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
                Placement(d, new DateOnly(2021, 1, 1), null));
            await db.SaveChangesAsync();
        });

        var v = await app.ComputeAsync("630", Y2021, ["KHAM_SANG_LOC_SO", "PHAU_THUAT_SO", "CHAM_SOC_THAY_THE_SO"]);

        Assert.Equal(1, v.V("KHAM_SANG_LOC_SO"));
        Assert.Equal(1, v.V("KHAM_SANG_LOC_SO|unit:23824"));
        Assert.Equal(0, v.V("KHAM_SANG_LOC_SO|unit:23827"));
        Assert.Equal(1, v.V("PHAU_THUAT_SO"));
        Assert.Equal(1, v.V("PHAU_THUAT_SO|unit:23827"));
        Assert.Equal(2, v.V("CHAM_SOC_THAY_THE_SO"));
        Assert.Equal(1, v.V("CHAM_SOC_THAY_THE_SO|unit:23824"));
        Assert.Equal(1, v.V("CHAM_SOC_THAY_THE_SO|unit:23827"));
    }
}
