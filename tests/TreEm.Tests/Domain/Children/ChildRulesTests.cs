using TreEm.Domain.Children;

namespace TreEm.Tests.Domain.Children;

public class ChildRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CheckBirth_FutureDate_IsRefused() =>
        Assert.Equal("Ngày sinh không được ở tương lai.", ChildRules.CheckBirth(Today.AddDays(1), null, Today));

    [Fact]
    public void CheckBirth_SixteenToday_IsRefused() =>
        Assert.NotNull(ChildRules.CheckBirth(Today.AddYears(-16), null, Today));

    [Fact]
    public void CheckBirth_OneDayBeforeSixteen_IsAccepted() =>
        Assert.Null(ChildRules.CheckBirth(Today.AddYears(-16).AddDays(1), null, Today));

    [Fact]
    public void CheckBirth_EstimatedYear_NeedsUnderSixteenByYear()
    {
        Assert.Null(ChildRules.CheckBirth(null, 2011, Today));
        Assert.NotNull(ChildRules.CheckBirth(null, 2010, Today));
        Assert.NotNull(ChildRules.CheckBirth(null, 2027, Today));
        Assert.Equal("Cần nhập ngày sinh hoặc năm sinh ước tính.", ChildRules.CheckBirth(null, null, Today));
    }

    [Theory]
    [InlineData("064123456789", true)]
    [InlineData("230123456", true)]
    [InlineData("06412345678", false)]
    [InlineData("0641234567AB", false)]
    public void CheckIdentityNumber_AcceptsTwelveOrNineDigits(string number, bool valid) =>
        Assert.Equal(valid, ChildRules.CheckIdentityNumber(number) is null);

    [Fact]
    public void BirthRangeForAges_MatchesAgeOn()
    {
        var (earliest, latest) = ChildRules.BirthRangeForAges(6, 10, Today);
        Assert.Equal(10, ChildAge.YearsBetween(earliest, Today));
        Assert.Equal(11, ChildAge.YearsBetween(earliest.AddDays(-1), Today));
        Assert.Equal(6, ChildAge.YearsBetween(latest, Today));
        Assert.Equal(5, ChildAge.YearsBetween(latest.AddDays(1), Today));
    }

    [Fact]
    public void AgeOut_OnSixteenthBirthday_MarksAndKeepsHistory()
    {
        var child = new Child { Id = 1, DateOfBirth = new DateOnly(2010, 11, 30), BirthYear = 2010, UnitId = 7 };
        Assert.False(ChildRules.AgeOut(child, Today.AddDays(-1), Now));
        Assert.True(ChildRules.AgeOut(child, Today, Now));
        Assert.Equal(ChildStatus.Du16Tuoi, child.Status);
        Assert.Equal(Today, child.StatusDate);
        Assert.Single(child.StatusHistory);
        Assert.False(ChildRules.AgeOut(child, Today, Now));
    }

    [Fact]
    public void AgeOut_EstimatedYear_AgesOutOnFirstJanuary()
    {
        var child = new Child { BirthYear = 2010, IsBirthYearEstimated = true };
        Assert.False(ChildRules.AgeOut(child, new DateOnly(2025, 12, 31), Now));
        Assert.True(ChildRules.AgeOut(child, new DateOnly(2026, 1, 1), Now));
    }

    [Fact]
    public void ChangeStatus_MoveToAnotherUnit_TransfersAndRecordsTheSendingUnit()
    {
        var child = new Child { Id = 3, UnitId = 10, BirthYear = 2015 };
        var change = ChildRules.ChangeStatus(child, ChildStatus.ChuyenDi, Today, 20, "Theo gia đình", Now, "xa.iatiem");
        Assert.Equal(20, child.UnitId);
        Assert.Equal(ChildStatus.DangQuanLy, child.Status);
        Assert.Equal(10, change.FromUnitId);
        Assert.Equal(20, change.ToUnitId);
    }

    [Fact]
    public void ChangeStatus_MoveOutsideTheSystem_NeedsADestination()
    {
        var child = new Child { UnitId = 10, BirthYear = 2015 };
        Assert.Throws<ChildRuleException>(() => ChildRules.ChangeStatus(child, ChildStatus.ChuyenDi, Today, null, " ", Now, "u"));
        ChildRules.ChangeStatus(child, ChildStatus.ChuyenDi, Today, null, "Chuyển vào TP Hồ Chí Minh", Now, "u");
        Assert.Equal(ChildStatus.ChuyenDi, child.Status);
        Assert.Equal(10, child.UnitId);
    }

    [Fact]
    public void ChangeStatus_AfterDeath_IsRefused()
    {
        var child = new Child { UnitId = 10, BirthYear = 2015 };
        ChildRules.ChangeStatus(child, ChildStatus.TuVong, Today, null, "Tai nạn đuối nước", Now, "u");
        Assert.Throws<ChildRuleException>(() => ChildRules.ChangeStatus(child, ChildStatus.DangQuanLy, Today, null, null, Now, "u"));
    }
}
