using TreEm.Domain.Reports;

namespace TreEm.Tests.Reports;

/// <summary>The workflow of a report as plain rules: every move, who may make it, and every refusal.</summary>
public class ReportWorkflowTests
{
    private const int Commune = 23944, District = 633, Province = 64, OtherDistrict = 629;
    private static readonly DateTime Now = new(2021, 5, 20, 2, 0, 0, DateTimeKind.Utc);

    private static ReportActor Writer(int unit) => new("viet." + unit, unit, new HashSet<int> { unit }, new HashSet<int>());
    private static ReportActor Reviewer(int unit) => new("duyet." + unit, unit, new HashSet<int> { unit }, new HashSet<int> { unit });

    private static Report Draft(int unit = District) => new() { Id = 1, UnitId = unit, Status = ReportStatus.Draft };

    private static ReportFigure[] Figures(decimal value) => [new() { Code = "TE_SO_TRE", Key = "", Value = value, PreviousValue = 7 }];

    [Fact]
    public void Submit_Draft_FreezesFiguresAndRecordsTheMove()
    {
        var report = Draft();

        var refusal = ReportWorkflow.Submit(report, Writer(District), Figures(12), Now, "Gửi đúng hạn");

        Assert.Null(refusal);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        var figure = Assert.Single(report.Figures);
        Assert.Equal(("TE_SO_TRE", 12m, 7m), (figure.Code, figure.Value!.Value, figure.PreviousValue!.Value));
        Assert.Equal(Now, report.SubmittedAt);
        Assert.Equal(Now, report.FirstSubmittedAt);
        Assert.Equal(Now, report.SnapshotAt);
        var move = Assert.Single(report.Transitions);
        Assert.Equal((ReportStatus.Draft, ReportStatus.Submitted, "Gửi đúng hạn", "viet.633", (int?)District, Now),
            (move.From, move.To, move.Reason, move.UserName, move.UserUnitId, move.At));
    }

    [Fact]
    public void Submit_Twice_IsRefused()
    {
        var report = Draft();
        ReportWorkflow.Submit(report, Writer(District), Figures(1), Now);

        var refusal = ReportWorkflow.Submit(report, Writer(District), Figures(2), Now.AddHours(1));

        Assert.Equal(ReportWorkflow.AlreadySubmitted, refusal);
        Assert.Equal(1m, Assert.Single(report.Figures).Value);
        Assert.Single(report.Transitions);
    }

    [Fact]
    public void Submit_ByUserOfAnotherUnit_IsRefused_EvenTheReviewerAbove()
    {
        Assert.Equal(ReportWorkflow.NotWriter, ReportWorkflow.Submit(Draft(), Writer(OtherDistrict), Figures(1), Now));
        Assert.Equal(ReportWorkflow.NotWriter, ReportWorkflow.Submit(Draft(), Reviewer(Province), Figures(1), Now));
        var leader = new ReportActor("lanhdao", District, new HashSet<int>(), new HashSet<int>());
        var report = Draft();
        Assert.Equal(ReportWorkflow.NotWriter, ReportWorkflow.Submit(report, leader, Figures(1), Now));
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Empty(report.Transitions);
    }

    [Fact]
    public void Return_Submitted_WithComments_ByReceivingUnit_ThenResubmit_ReplacesSnapshotAndKeepsFirstSubmission()
    {
        var report = Draft();
        ReportWorkflow.Submit(report, Writer(District), Figures(1), Now);

        Assert.Null(ReportWorkflow.Return(report, Reviewer(Province), Province, "  Bổ sung mục II.2  ", Now.AddDays(1)));
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Null(ReportWorkflow.EditRefusal(report, Writer(District)));

        Assert.Null(ReportWorkflow.Submit(report, Writer(District), Figures(5), Now.AddDays(2)));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(5m, Assert.Single(report.Figures).Value);
        Assert.Equal(Now, report.FirstSubmittedAt);
        Assert.Equal(Now.AddDays(2), report.SubmittedAt);
        Assert.Equal([ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Submitted], report.Transitions.Select(t => t.To));
        Assert.Equal("Bổ sung mục II.2", report.Transitions[1].Reason);
        Assert.Equal("duyet.64", report.Transitions[1].UserName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutComments_IsRefused(string? comments)
    {
        var report = Draft();
        ReportWorkflow.Submit(report, Writer(District), Figures(1), Now);

        Assert.Equal(ReportWorkflow.CommentsRequired, ReportWorkflow.Return(report, Reviewer(Province), Province, comments, Now));
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Accept_Submitted_IsFinal()
    {
        var report = Draft();
        ReportWorkflow.Submit(report, Writer(District), Figures(1), Now);

        Assert.Null(ReportWorkflow.Accept(report, Reviewer(Province), Province, Now.AddDays(1)));

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal(Now.AddDays(1), report.AcceptedAt);
        Assert.Equal(ReportWorkflow.AlreadyAccepted, ReportWorkflow.Return(report, Reviewer(Province), Province, "Sửa lại", Now));
        Assert.Equal(ReportWorkflow.AlreadyAccepted, ReportWorkflow.Accept(report, Reviewer(Province), Province, Now));
        Assert.Equal(ReportWorkflow.AlreadyAccepted, ReportWorkflow.Submit(report, Writer(District), Figures(1), Now));
        Assert.Equal(ReportWorkflow.AlreadyAccepted, ReportWorkflow.EditRefusal(report, Writer(District)));
        Assert.Equal(ReportStatus.Accepted, report.Status);
    }

    [Fact]
    public void Accept_Draft_AndReturnedReport_AreRefused()
    {
        var draft = Draft();
        Assert.Equal(ReportWorkflow.NotSubmitted, ReportWorkflow.Accept(draft, Reviewer(Province), Province, Now));
        Assert.Equal(ReportWorkflow.NotSubmitted, ReportWorkflow.Return(draft, Reviewer(Province), Province, "Sửa", Now));
        Assert.Equal(ReportStatus.Draft, draft.Status);
        Assert.Empty(draft.Transitions);

        var returned = Draft();
        ReportWorkflow.Submit(returned, Writer(District), Figures(1), Now);
        ReportWorkflow.Return(returned, Reviewer(Province), Province, "Sửa", Now);
        Assert.Equal(ReportWorkflow.NotSubmitted, ReportWorkflow.Accept(returned, Reviewer(Province), Province, Now));
    }

    [Fact]
    public void Review_ByUnitNotDirectlyAbove_IsRefused()
    {
        // A commune's report goes to its district: the province (and another district) may not act on it.
        var report = Draft(Commune);
        ReportWorkflow.Submit(report, Writer(Commune), Figures(1), Now);

        Assert.Equal(ReportWorkflow.NotReviewer, ReportWorkflow.Accept(report, Reviewer(Province), District, Now));
        Assert.Equal(ReportWorkflow.NotReviewer, ReportWorkflow.Return(report, Reviewer(OtherDistrict), District, "Sửa", Now));
        // A writer of the receiving unit without the reviewing role may not either.
        Assert.Equal(ReportWorkflow.NotReviewer, ReportWorkflow.Accept(report, Writer(District), District, Now));
        Assert.Equal(ReportStatus.Submitted, report.Status);

        Assert.Null(ReportWorkflow.Accept(report, Reviewer(District), District, Now));
    }

    [Fact]
    public void Review_OfTheProvinceReport_HasNoReceiverInTheSystem()
    {
        var report = Draft(Province);
        ReportWorkflow.Submit(report, Writer(Province), Figures(1), Now);

        Assert.Equal(ReportWorkflow.NoReceiver, ReportWorkflow.Accept(report, Reviewer(Province), null, Now));
    }

    [Fact]
    public void EditSections_WritesChangedTextsOnly_AndIsRefusedOnceSubmitted()
    {
        var report = Draft();
        report.Sections.Add(new ReportSection { Key = "I.1", Text = "Cũ", UpdatedBy = "ai", UpdatedAt = Now.AddDays(-1) });
        report.Sections.Add(new ReportSection { Key = "I.2", Text = "Giữ nguyên", UpdatedBy = "ai", UpdatedAt = Now.AddDays(-1) });

        Assert.Null(ReportWorkflow.EditSections(report, Writer(District),
            new Dictionary<string, string?> { ["I.1"] = "Mới\r\n", ["I.2"] = "Giữ nguyên", ["II.2"] = "Thêm" }, Now));

        Assert.Equal(("Mới", "viet.633", Now), (report.Sections[0].Text, report.Sections[0].UpdatedBy, report.Sections[0].UpdatedAt));
        Assert.Equal(("Giữ nguyên", "ai"), (report.Sections[1].Text, report.Sections[1].UpdatedBy));
        Assert.Equal("Thêm", report.Sections.Single(s => s.Key == "II.2").Text);
        Assert.Equal(Now, report.UpdatedAt);

        Assert.Equal(ReportWorkflow.UnknownSection,
            ReportWorkflow.EditSections(report, Writer(District), new Dictionary<string, string?> { ["V.1"] = "?" }, Now));
        Assert.Equal(ReportWorkflow.NotWriter,
            ReportWorkflow.EditSections(report, Writer(OtherDistrict), new Dictionary<string, string?> { ["I.1"] = "?" }, Now));

        ReportWorkflow.Submit(report, Writer(District), Figures(1), Now);
        Assert.Equal(ReportWorkflow.SubmittedNotEditable,
            ReportWorkflow.EditSections(report, Writer(District), new Dictionary<string, string?> { ["I.1"] = "Sửa sau khi gửi" }, Now));
        Assert.Equal("Mới", report.Sections[0].Text);
    }

    [Fact]
    public void Outline_HasTheSectionsOfThePlan()
    {
        Assert.Equal(["I.1", "I.2", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8", "II.9", "III.1", "III.2", "III.3",
            "IV.1", "IV.2", "IV.3", "IV.4", "IV.5"], ReportOutline.Sections.Select(s => s.Key));
        Assert.Equal("Kế hoạch 6 tháng cuối năm 2021", ReportOutline.PlanTitle(new ReportPeriod { Year = 2021, Kind = ReportPeriodKind.SixMonths }));
        Assert.Equal("Kế hoạch năm 2022", ReportOutline.PlanTitle(new ReportPeriod { Year = 2021, Kind = ReportPeriodKind.Annual }));
    }

    [Fact]
    public void Timeliness_IsJudgedOnTheFirstSubmission_AgainstTheEndOfTheDeadlineDayInVietnam()
    {
        var deadline = new DateOnly(2021, 5, 25);
        var lastMinute = new DateTime(2021, 5, 25, 16, 59, 59, DateTimeKind.Utc); // 23:59:59 in Vietnam
        var nextDay = new DateTime(2021, 5, 25, 17, 0, 0, DateTimeKind.Utc);      // 00:00 on 26/5 in Vietnam

        Assert.Equal(nextDay, ReportWorkflow.DeadlineEndUtc(deadline));
        Assert.Equal(ReportTimeliness.OnTime, ReportWorkflow.Timeliness(lastMinute, deadline, nextDay.AddDays(30)));
        Assert.Equal(ReportTimeliness.Late, ReportWorkflow.Timeliness(nextDay, deadline, nextDay.AddDays(30)));
        Assert.Equal(ReportTimeliness.Missing, ReportWorkflow.Timeliness(null, deadline, lastMinute));
        Assert.Equal(ReportTimeliness.Overdue, ReportWorkflow.Timeliness(null, deadline, nextDay));
    }
}
