using TreEm.Domain.Activities;
using TreEm.Domain.Children;

namespace TreEm.Tests.Domain.Activities;

public class ActivityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData(2026, 11, 29, false, true)]
    [InlineData(2026, 11, 30, false, false)]
    [InlineData(2026, 11, 29, true, false)]
    public void FollowUpOverdue_OnlyWhenDueBeforeTodayAndNotDone(int y, int m, int d, bool done, bool overdue)
    {
        var visit = new InspectionVisit { FollowUpDue = new DateOnly(y, m, d), FollowUpDoneOn = done ? new DateOnly(2026, 11, 1) : null };

        Assert.Equal(overdue, visit.FollowUpOverdueOn(Today));
    }

    [Fact]
    public void FollowUpOverdue_NeverWithoutADueDate() =>
        Assert.False(new InspectionVisit { FollowUpDue = null }.FollowUpOverdueOn(Today));

    [Fact]
    public void LinkTo_TakesSexAgeOnTheDayAndEthnicityFromTheChild()
    {
        var child = new Child { Id = 42, DateOfBirth = new DateOnly(2015, 7, 1), BirthYear = 2015, Sex = Sex.Nu, EthnicityCode = "13" };
        var injury = new InjuryRecord { Date = new DateOnly(2021, 6, 30), Sex = Sex.Nam, Age = 3, EthnicityCode = "01" };

        injury.LinkTo(child);

        Assert.Equal((42, Sex.Nu, 5, "13"), (injury.ChildId, injury.Sex, injury.Age, injury.EthnicityCode));
    }
}
