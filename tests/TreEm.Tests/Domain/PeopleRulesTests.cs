using TreEm.Domain;
using TreEm.Domain.People;

namespace TreEm.Tests.Domain;

public class PeopleRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData(PersonKind.CongTacVien, UnitTier.Village)]
    [InlineData(PersonKind.CanBoXa, UnitTier.Commune)]
    [InlineData(PersonKind.CanBoHuyen, UnitTier.District)]
    [InlineData(PersonKind.CanBoTinh, UnitTier.Province)]
    [InlineData(PersonKind.DoiTac, UnitTier.District)]
    [InlineData(PersonKind.Khac, UnitTier.Village)]
    public void CheckUnit_KindAtItsLevel_IsAccepted(PersonKind kind, UnitTier tier) =>
        Assert.Null(PeopleRules.CheckUnit(kind, tier));

    [Theory]
    [InlineData(PersonKind.CongTacVien, UnitTier.Commune, PeopleRules.UnitMismatchVillage)]
    [InlineData(PersonKind.CanBoXa, UnitTier.Village, PeopleRules.UnitMismatchCommune)]
    [InlineData(PersonKind.CanBoXa, UnitTier.District, PeopleRules.UnitMismatchCommune)]
    [InlineData(PersonKind.CanBoHuyen, UnitTier.Commune, PeopleRules.UnitMismatchDistrict)]
    [InlineData(PersonKind.CanBoTinh, UnitTier.District, PeopleRules.UnitMismatchProvince)]
    public void CheckUnit_KindAtAnotherLevel_IsRefusedWithItsMessage(PersonKind kind, UnitTier tier, string message) =>
        Assert.Equal(message, PeopleRules.CheckUnit(kind, tier));

    [Fact]
    public void CheckDates_StartTodayNoEnd_IsValid() =>
        Assert.Empty(PeopleRules.CheckDates(Today, null, Today));

    [Fact]
    public void CheckDates_StartInTheFuture_IsRefused() =>
        Assert.Equal(PeopleRules.StartInFuture, PeopleRules.CheckDates(Today.AddDays(1), null, Today)["StartDate"]);

    [Fact]
    public void CheckDates_EndBeforeStart_IsRefused() =>
        Assert.Equal(PeopleRules.EndBeforeStart, PeopleRules.CheckDates(new(2021, 5, 1), new DateOnly(2021, 4, 30), Today)["EndDate"]);

    [Fact]
    public void CheckDates_EndSameDayAsStart_IsValid() =>
        Assert.Empty(PeopleRules.CheckDates(new(2021, 5, 1), new DateOnly(2021, 5, 1), Today));

    [Fact]
    public void CheckDates_EndInTheFuture_IsRefused() =>
        Assert.Equal(PeopleRules.EndInFuture, PeopleRules.CheckDates(new(2021, 5, 1), Today.AddDays(3), Today)["EndDate"]);

    [Theory]
    [InlineData(CommitteeKind.BanChiDao, UnitTier.Province, true)]
    [InlineData(CommitteeKind.BanChiDao, UnitTier.District, true)]
    [InlineData(CommitteeKind.BanChiDao, UnitTier.Commune, false)]
    [InlineData(CommitteeKind.NhomThuongTruc, UnitTier.Commune, true)]
    [InlineData(CommitteeKind.NhomThuongTruc, UnitTier.District, false)]
    [InlineData(CommitteeKind.NhomThuongTruc, UnitTier.Village, false)]
    public void CheckCommitteeUnit_SteeringAboveStandingGroupAtCommune(CommitteeKind kind, UnitTier tier, bool allowed) =>
        Assert.Equal(allowed, PeopleRules.CheckCommitteeUnit(kind, tier) is null);
}
