using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Training;

namespace TreEm.Tests.Data;

/// <summary>
/// "Trained in year Y" and coverage counted by hand, on the test database of the run (SQLite or PostgreSQL). Each test
/// works in its own district so the random order of the tests cannot change the counts.
/// </summary>
public class TrainingFiguresTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static readonly UserScope Everything = UserScope.Everything(null, [Role.Administrator]);

    [Fact]
    public async Task Coverage_CountsOfficersAndCollaboratorsActiveAtYearEnd_TrainedThatYear()
    {
        // KBang (625), commune Thị trấn KBang (23638).
        var district = await app.PersonAsync("625", "Đinh Văn Huyện", PersonKind.CanBoHuyen);
        var communeTrained2020 = await app.PersonAsync("23638", "Nay Thị Xã", PersonKind.CanBoXa);
        var left = await app.PersonAsync("23638", "Rơ Châm Nghỉ", PersonKind.CanBoXa, end: new DateOnly(2021, 6, 30));
        var collaborator = await app.PersonAsync("23638", "Ksor Cộng Tác", PersonKind.CongTacVien);
        await app.PersonAsync("23638", "Siu Chưa Học", PersonKind.CongTacVien);
        var newcomer = await app.PersonAsync("23638", "Puih Mới Vào", PersonKind.CanBoXa, start: new DateOnly(2022, 1, 1));
        var partner = await app.PersonAsync("23638", "Lê Công An", PersonKind.DoiTac);
        var c2020 = await app.CourseAsync("64", "Lớp 2020 (KBang)", 2020);
        await app.SessionAsync(c2020, new DateOnly(2020, 5, 4), 8m, [communeTrained2020]);
        var c2021 = await app.CourseAsync("625", "Lớp 2021 (KBang)", 2021);
        await app.SessionAsync(c2021, new DateOnly(2021, 5, 4), 4m, [district, left, collaborator, partner, newcomer], "Khách mời");
        await app.SessionAsync(c2021, new DateOnly(2021, 5, 5), 3.5m, [district]);

        var coverage = await app.WithDbAsync(async db =>
            await TrainingFigures.CoverageAsync(db, Everything, await db.Units.SingleAsync(u => u.Code == "625"), 2021));

        // Active on 31/12/2021: the district officer, the commune officer trained in 2020, both collaborators.
        var own = Assert.Single(coverage.Rows, r => r.Own);
        Assert.Equal((1, 1, 0, 0), (own.OfficersTrained, own.Officers, own.CollaboratorsTrained, own.Collaborators));
        var commune = Assert.Single(coverage.Rows, r => r.UnitCode == "23638");
        Assert.Equal((0, 1, 1, 2), (commune.OfficersTrained, commune.Officers, commune.CollaboratorsTrained, commune.Collaborators));
        Assert.Equal(0, commune.OfficerPercent);
        Assert.Equal(50, commune.CollaboratorPercent);
        Assert.Equal((1, 2, 1, 2), (coverage.Total.OfficersTrained, coverage.Total.Officers, coverage.Total.CollaboratorsTrained, coverage.Total.Collaborators));
        Assert.Equal(50, coverage.Total.TotalPercent);
        var untrained = Assert.Single(coverage.UntrainedOfficers);
        Assert.Equal("Nay Thị Xã", untrained.FullName);

        var in2020 = await app.WithDbAsync(async db =>
            await TrainingFigures.CoverageAsync(db, Everything, await db.Units.SingleAsync(u => u.Code == "625"), 2020));
        Assert.Equal((1, 3), (in2020.Total.OfficersTrained, in2020.Total.Officers));
    }

    [Fact]
    public async Task TrainedInYear_SessionsAndHoursPerPerson_OnlyThatYear()
    {
        // Pleiku (622).
        var a = await app.PersonAsync("622", "Trần Văn Hai Buổi", PersonKind.CanBoHuyen);
        var b = await app.PersonAsync("622", "Lý Thị Một Buổi", PersonKind.CongTacVien);
        var c = await app.PersonAsync("622", "Hồ Năm Trước", PersonKind.CanBoHuyen);
        var course = await app.CourseAsync("622", "Lớp Pleiku 2021", 2021);
        await app.SessionAsync(course, new DateOnly(2021, 3, 1), 4m, [a, b]);
        await app.SessionAsync(course, new DateOnly(2021, 3, 2), 3.5m, [a]);
        var old = await app.CourseAsync("622", "Lớp Pleiku 2020", 2020);
        await app.SessionAsync(old, new DateOnly(2020, 12, 31), 8m, [c, a]);

        var path = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "622").Select(u => u.Path).SingleAsync());
        var trained = await app.WithDbAsync(db => TrainingFigures.TrainedInYearAsync(db, Everything, 2021, path));

        Assert.Equal(["Lý Thị Một Buổi", "Trần Văn Hai Buổi"], trained.Select(t => t.FullName));
        var two = trained.Single(t => t.PersonId == a);
        Assert.Equal((2, 7.5m), (two.Sessions, two.Hours));
        Assert.Equal((1, 4m), (trained.Single(t => t.PersonId == b).Sessions, trained.Single(t => t.PersonId == b).Hours));
        Assert.DoesNotContain(trained, t => t.PersonId == c);
    }

    [Theory]
    [InlineData(0, "Số giờ phải lớn hơn 0.")]
    [InlineData(24.5, "Số giờ không được quá 24 giờ một ngày.")]
    [InlineData(21, "Các buổi của lớp trong ngày này đã có 4 giờ: tổng không được quá 24 giờ.")]
    public void CheckSession_RefusesHoursOutOfBounds(double hours, string message)
    {
        var errors = TrainingRules.CheckSession(2021, new DateOnly(2021, 5, 1), (decimal)hours, 4m);
        Assert.Equal(message, errors["Hours"]);
    }

    [Fact]
    public void CheckSession_DateOutsideTheCourseYear_IsRefused()
    {
        Assert.Equal("Ngày tập huấn phải thuộc năm 2021 của lớp.", TrainingRules.CheckSession(2021, new DateOnly(2022, 1, 3), 4m, 0)["Date"]);
        Assert.Empty(TrainingRules.CheckSession(2021, new DateOnly(2021, 1, 3), 20m, 4m));
    }
}
