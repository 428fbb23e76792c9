using TreEm.Domain.Care;
using TreEm.Domain.Programmes;

namespace TreEm.Tests.Domain;

public class CareRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static CareGiver Kin(bool adult = true, bool noAbuse = true) =>
        new() { Kinship = Kinship.NguoiThan, AdultCapacity = adult, NoAbuseRecord = noAbuse };

    private static CareGiver NonKin(bool health = true, bool economy = true, bool verified = true) => new()
    {
        Kinship = Kinship.KhongPhaiNguoiThan, AdultCapacity = true, NoAbuseRecord = true, Health = health, EconomyHousing = economy,
        VerifiedByCommune = verified,
    };

    private static CareNeed Waiting(DateOnly? identified = null) =>
        new() { Status = CareNeedStatus.CanChamSoc, IdentifiedOn = identified ?? new DateOnly(2026, 1, 10) };

    [Fact]
    public void MissingChecks_KinWithAgeAndNoAbuseRecord_Passes_EvenWithoutTheOtherChecks()
    {
        Assert.Empty(CareRules.MissingChecks(Kin()));
        Assert.True(CareRules.ChecksPass(Kin()));
    }

    [Fact]
    public void MissingChecks_KinWithAnAbuseRecord_Fails()
    {
        var missing = CareRules.MissingChecks(Kin(noAbuse: false));
        Assert.Equal(["không có tiền án về xâm hại trẻ em"], missing);
    }

    [Fact]
    public void MissingChecks_NonKin_NeedsEveryCheck()
    {
        Assert.True(CareRules.ChecksPass(NonKin()));
        Assert.Equal(["có sức khỏe", "đã được UBND xã xác minh"], CareRules.MissingChecks(NonKin(health: false, verified: false)));
        Assert.False(CareRules.ChecksPass(NonKin(economy: false)));
    }

    [Fact]
    public void CheckPlacement_OpenNeedEligibleCaregiver_IsAccepted()
    {
        Assert.Empty(CareRules.CheckPlacement(Waiting(), childHasOpenPlacement: false, NonKin(), new DateOnly(2026, 2, 1), Today));
    }

    [Fact]
    public void CheckPlacement_ChildAlreadyPlaced_IsRefused()
    {
        var errors = CareRules.CheckPlacement(Waiting(), childHasOpenPlacement: true, Kin(), new DateOnly(2026, 2, 1), Today);
        Assert.Contains(errors, e => e.StartsWith("Trẻ đang được chăm sóc thay thế", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckPlacement_NoOpenNeed_IsRefused()
    {
        Assert.Contains("Trẻ không có nhu cầu chăm sóc thay thế đang chờ bố trí.",
            CareRules.CheckPlacement(null, false, Kin(), new DateOnly(2026, 2, 1), Today));
        var closed = new CareNeed { Status = CareNeedStatus.KhongConNhuCau, IdentifiedOn = new DateOnly(2026, 1, 1) };
        Assert.Contains("Trẻ không có nhu cầu chăm sóc thay thế đang chờ bố trí.",
            CareRules.CheckPlacement(closed, false, Kin(), new DateOnly(2026, 2, 1), Today));
    }

    [Fact]
    public void CheckPlacement_NonKinMissingChecks_IsRefusedNamingThem()
    {
        var errors = CareRules.CheckPlacement(Waiting(), false, NonKin(economy: false), new DateOnly(2026, 2, 1), Today);
        var e = Assert.Single(errors);
        Assert.Contains("có điều kiện kinh tế và chỗ ở", e, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPlacement_StartInTheFutureOrBeforeTheNeed_IsRefused()
    {
        Assert.Contains("Ngày bắt đầu không được ở tương lai.", CareRules.CheckPlacement(Waiting(), false, Kin(), Today.AddDays(1), Today));
        Assert.Contains("Ngày bắt đầu không được trước ngày xác định nhu cầu.",
            CareRules.CheckPlacement(Waiting(new DateOnly(2026, 3, 1)), false, Kin(), new DateOnly(2026, 2, 28), Today));
    }

    [Fact]
    public void CheckEnd_EndBeforeStart_IsRefused_EndOnStart_IsAccepted()
    {
        var p = new CarePlacement { StartDate = new DateOnly(2026, 5, 1) };
        Assert.Equal("Ngày kết thúc không được trước ngày bắt đầu.", CareRules.CheckEnd(p, new DateOnly(2026, 4, 30), "Về với mẹ", Today));
        Assert.Null(CareRules.CheckEnd(p, new DateOnly(2026, 5, 1), "Về với mẹ", Today));
        Assert.Equal("Vui lòng ghi lý do kết thúc.", CareRules.CheckEnd(p, new DateOnly(2026, 6, 1), " ", Today));
        Assert.Equal("Ngày kết thúc không được ở tương lai.", CareRules.CheckEnd(p, Today.AddDays(1), "x", Today));
        p.EndDate = new DateOnly(2026, 6, 1);
        Assert.Equal("Việc chăm sóc thay thế này đã kết thúc.", CareRules.CheckEnd(p, new DateOnly(2026, 7, 1), "x", Today));
    }

    [Fact]
    public void CheckVisit_DateOutsideThePlacement_IsRefused()
    {
        var p = new CarePlacement { StartDate = new DateOnly(2026, 5, 1), EndDate = new DateOnly(2026, 8, 31) };
        Assert.Equal("Ngày thăm phải nằm trong thời gian chăm sóc thay thế.", CareRules.CheckVisit(p, new DateOnly(2026, 4, 30), Today));
        Assert.Equal("Ngày thăm phải nằm trong thời gian chăm sóc thay thế.", CareRules.CheckVisit(p, new DateOnly(2026, 9, 1), Today));
        Assert.Null(CareRules.CheckVisit(p, new DateOnly(2026, 8, 31), Today));
        Assert.Equal("Ngày thăm không được ở tương lai.", CareRules.CheckVisit(new CarePlacement { StartDate = Today }, Today.AddDays(1), Today));
    }

    [Fact]
    public void VisitDue_NoVisitForThreeMonths_IsDue()
    {
        var p = new CarePlacement { StartDate = new DateOnly(2026, 1, 1) };
        Assert.True(CareRules.VisitDue(p, null, Today));
        Assert.True(CareRules.VisitDue(p, new DateOnly(2026, 8, 30), Today));
        Assert.False(CareRules.VisitDue(p, new DateOnly(2026, 9, 1), Today));
        Assert.False(CareRules.VisitDue(new CarePlacement { StartDate = new DateOnly(2026, 11, 1) }, null, Today));
        Assert.False(CareRules.VisitDue(new CarePlacement { StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 2, 1) }, null, Today));
    }

    [Fact]
    public void HalfYear_AndOpenIn_CoverTheChosenPeriod()
    {
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30)), CareRules.HalfYear(2021, 1));
        Assert.Equal((new DateOnly(2021, 7, 1), new DateOnly(2021, 12, 31)), CareRules.HalfYear(2021, 2));
        var (from, to) = CareRules.HalfYear(2021, 2);
        Assert.True(CareRules.OpenIn(new CareNeed { IdentifiedOn = new DateOnly(2020, 10, 1) }, from, to));
        Assert.False(CareRules.OpenIn(new CareNeed { IdentifiedOn = new DateOnly(2020, 10, 1), ClosedOn = new DateOnly(2021, 6, 30) }, from, to));
        Assert.False(CareRules.OpenIn(new CareNeed { IdentifiedOn = new DateOnly(2022, 1, 1) }, from, to));
    }

    [Fact]
    public void ProgrammeRules_SurgeryBeforeScreeningInTheFutureOrWithoutHospital_AreRefused()
    {
        var screened = new DateOnly(2026, 6, 1);
        Assert.Equal("Ngày phẫu thuật không được trước ngày khám.",
            ProgrammeRules.Check(screened, ScreeningResult.CanPhauThuat, true, new DateOnly(2026, 5, 31), "BV Tim", Today)["SurgeryDate"]);
        Assert.Equal("Ngày phẫu thuật không được ở tương lai.",
            ProgrammeRules.Check(screened, ScreeningResult.CanPhauThuat, true, Today.AddDays(1), "BV Tim", Today)["SurgeryDate"]);
        Assert.Equal("Vui lòng ghi bệnh viện phẫu thuật.",
            ProgrammeRules.Check(screened, ScreeningResult.CanPhauThuat, true, new DateOnly(2026, 7, 1), " ", Today)["Hospital"]);
        Assert.Empty(ProgrammeRules.Check(screened, ScreeningResult.CanPhauThuat, true, screened, "BV Tim", Today));
    }
}
