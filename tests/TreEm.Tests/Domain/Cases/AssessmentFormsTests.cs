using TreEm.Domain.Cases;
using static TreEm.Tests.Domain.Cases.CaseFlow;

namespace TreEm.Tests.Domain.Cases;

/// <summary>The scored forms: totals per section and the overall level, computed, never typed.</summary>
public class AssessmentFormsTests
{
    private static Dictionary<string, RiskRating> All(AssessmentKind kind, RiskRating rating, params (string Code, RiskRating Rating)[] except)
    {
        var r = AssessmentForms.ItemsOf(kind).ToDictionary(i => i.Code, _ => rating);
        foreach (var (code, rating2) in except) r[code] = rating2;
        return r;
    }

    [Fact]
    public void Compute_AllLow_GivesSectionTotalsAndLevelLow()
    {
        var score = AssessmentForms.Compute(AssessmentKind.BanDau, All(AssessmentKind.BanDau, RiskRating.Thap));
        Assert.Equal(new AssessmentForms.SectionScore("A", 0, 0, 4, 4), score.Sections[0]);
        Assert.Equal(new AssessmentForms.SectionScore("B", 0, 0, 3, 3), score.Sections[1]);
        Assert.Equal(7, score.Points);
        Assert.Equal(RiskRating.Thap, score.Level);
    }

    [Fact]
    public void Compute_MixedRatings_CountsEachRatingAndItsPoints()
    {
        var score = AssessmentForms.Compute(AssessmentKind.BanDau, new Dictionary<string, RiskRating>
        {
            ["A1"] = RiskRating.Cao, ["A2"] = RiskRating.TrungBinh, ["A3"] = RiskRating.Thap, ["A4"] = RiskRating.Thap,
            ["B1"] = RiskRating.TrungBinh, ["B2"] = RiskRating.TrungBinh, ["B3"] = RiskRating.Cao,
        });
        Assert.Equal(new AssessmentForms.SectionScore("A", 1, 1, 2, 7), score.Sections[0]);
        Assert.Equal(new AssessmentForms.SectionScore("B", 1, 2, 0, 7), score.Sections[1]);
        Assert.Equal(14, score.Points);
        Assert.Equal(RiskRating.Cao, score.Level);
    }

    [Theory]
    // One high harm item is never averaged away.
    [InlineData(AssessmentKind.BanDau, "A1", RiskRating.Cao, RiskRating.Cao)]
    [InlineData(AssessmentKind.CuThe, "A4", RiskRating.Cao, RiskRating.Cao)]
    [InlineData(AssessmentKind.RaSoat, "A3", RiskRating.Cao, RiskRating.Cao)]
    // A high capacity item alone is medium; a medium harm item is medium.
    [InlineData(AssessmentKind.BanDau, "B2", RiskRating.Cao, RiskRating.TrungBinh)]
    [InlineData(AssessmentKind.BanDau, "A2", RiskRating.TrungBinh, RiskRating.TrungBinh)]
    [InlineData(AssessmentKind.RaSoat, "A1", RiskRating.TrungBinh, RiskRating.TrungBinh)]
    // A medium capacity item alone stays low.
    [InlineData(AssessmentKind.BanDau, "B1", RiskRating.TrungBinh, RiskRating.Thap)]
    public void Compute_OneItemAboveLow_GivesTheLevelOfTheRules(AssessmentKind kind, string item, RiskRating rating, RiskRating level)
    {
        Assert.Equal(level, AssessmentForms.Compute(kind, All(kind, RiskRating.Thap, (item, rating))).Level);
    }

    [Fact]
    public void Compute_MediumCapacityItems_LowWhileAtMostHalf()
    {
        // Mẫu 06: 6 items; the 3 capacity items medium = exactly half → Thấp.
        var review = All(AssessmentKind.RaSoat, RiskRating.Thap, ("B1", RiskRating.TrungBinh), ("B2", RiskRating.TrungBinh), ("B3", RiskRating.TrungBinh));
        Assert.Equal(RiskRating.Thap, AssessmentForms.Compute(AssessmentKind.RaSoat, review).Level);
        // All capacity items high: 3 of 7, not more than half, no harm item high → Trung bình.
        var initial = All(AssessmentKind.BanDau, RiskRating.Thap, ("B1", RiskRating.Cao), ("B2", RiskRating.Cao), ("B3", RiskRating.Cao));
        Assert.Equal(RiskRating.TrungBinh, AssessmentForms.Compute(AssessmentKind.BanDau, initial).Level);
        var allHigh = AssessmentForms.Compute(AssessmentKind.CuThe, All(AssessmentKind.CuThe, RiskRating.Cao));
        Assert.Equal(21, allHigh.Points);
        Assert.Equal(RiskRating.Cao, allHigh.Level);
    }

    [Fact]
    public void Compute_MissingItems_AreRefusedByCode()
    {
        var ratings = All(AssessmentKind.BanDau, RiskRating.Thap);
        ratings.Remove("B2");
        ratings.Remove("B3");
        var ex = Assert.Throws<CaseRuleException>(() => AssessmentForms.Compute(AssessmentKind.BanDau, ratings));
        Assert.Equal("Chưa đánh giá mục: B2, B3.", ex.Message);
    }

    [Fact]
    public void RecordAssessment_UnknownDuplicateOrUnratedItems_AreRefused()
    {
        var c = Opened();
        var at = Received.AddHours(1);
        var unknown = Rated(AssessmentKind.BanDau);
        unknown.Items.Add(new CaseAssessmentItem { ItemCode = "X9", Rating = RiskRating.Thap });
        Assert.Equal("Mục không có trong mẫu: X9.", Assert.Throws<CaseRuleException>(() => c.RecordInitialAssessment(unknown, Worker, at, WorkCalendar)).Message);

        var twice = Rated(AssessmentKind.BanDau);
        twice.Items.Add(new CaseAssessmentItem { ItemCode = "A1", Rating = RiskRating.Cao });
        Assert.Equal("Mục A1 được đánh giá hai lần.", Assert.Throws<CaseRuleException>(() => c.RecordInitialAssessment(twice, Worker, at, WorkCalendar)).Message);

        var unrated = Rated(AssessmentKind.BanDau);
        unrated.Items[0].Rating = 0;
        Assert.Equal("Mục A1: chọn Cao, Trung bình hoặc Thấp.", Assert.Throws<CaseRuleException>(() => c.RecordInitialAssessment(unrated, Worker, at, WorkCalendar)).Message);

        var missing = Rated(AssessmentKind.BanDau);
        missing.Items.RemoveAll(i => i.ItemCode == "B3");
        Assert.Equal("Chưa đánh giá mục: B3.", Assert.Throws<CaseRuleException>(() => c.RecordInitialAssessment(missing, Worker, at, WorkCalendar)).Message);

        Assert.Empty(c.Assessments);
        Assert.Equal(CaseStatus.TiepNhan, c.Status);
    }

    [Fact]
    public void RecordAssessment_StoresTheComputedLevel()
    {
        var c = Opened();
        var a = Rated(AssessmentKind.BanDau, RiskRating.Thap);
        a.Items.Single(i => i.ItemCode == "A3").Rating = RiskRating.Cao;
        a.Level = RiskRating.Thap; // typed by someone: ignored
        c.RecordInitialAssessment(a, Worker, Received.AddHours(1), WorkCalendar);
        Assert.Equal(RiskRating.Cao, Assert.Single(c.Assessments).Level);
        Assert.Equal(AssessmentKind.BanDau, c.Assessments[0].Kind);
    }
}
