using TreEm.Domain.Cases;
using static TreEm.Tests.Domain.Cases.CaseFlow;

namespace TreEm.Tests.Domain.Cases;

/// <summary>The procedure refuses every step out of order, with its Vietnamese message, and changes nothing then.</summary>
public class CaseOrderTests
{
    private const string NotAssessed = "Chỉ đánh giá nguy cơ cụ thể sau khi đã đánh giá ban đầu.";
    private const string NoSpecific = "Chỉ lập kế hoạch sau khi đã đánh giá nguy cơ cụ thể.";
    private const string NoPendingPlan = "Không có kế hoạch đang chờ phê duyệt.";
    private const string NotRunningTask = "Chỉ ghi kết quả hoạt động khi kế hoạch đang được thực hiện.";
    private const string NotRunningReview = "Chỉ rà soát khi kế hoạch đang được thực hiện.";
    private const string NotRunningClose = "Chỉ đóng hồ sơ khi kế hoạch đang được thực hiện.";
    private const string NotClosed = "Chỉ mở lại hồ sơ đã đóng.";
    private const string NotJustReceived = "Chỉ đánh giá ban đầu khi vụ việc vừa được tiếp nhận.";

    private static void Do(Case c, string step)
    {
        var now = Received.AddDays(25);
        switch (step)
        {
            case "initial": c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, now, WorkCalendar); break;
            case "specific": c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe), Worker, now, WorkCalendar); break;
            case "plan": c.SubmitPlan(Plan(), Worker, now, WorkCalendar); break;
            case "approve": c.ApprovePlan("02/QĐ", null, Chairman, now); break;
            case "return": c.ReturnPlan("Bổ sung", Chairman, now, WorkCalendar); break;
            case "task": c.CompleteTask(1, "Đã thăm", Worker, now); break;
            case "review": c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.TiepTuc), Worker, now, WorkCalendar); break;
            case "close": c.Close("Đã an toàn", Worker, now); break;
            case "reopen": c.Reopen("Có thông tin mới", Worker, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }

    [Theory]
    [InlineData("opened", "specific", NotAssessed)]
    [InlineData("opened", "plan", NoSpecific)]
    [InlineData("opened", "approve", NoPendingPlan)]
    [InlineData("opened", "return", NoPendingPlan)]
    [InlineData("opened", "task", NotRunningTask)]
    [InlineData("opened", "review", NotRunningReview)]
    [InlineData("opened", "close", NotRunningClose)]
    [InlineData("opened", "reopen", NotClosed)]
    [InlineData("assessed", "initial", NotJustReceived)]
    [InlineData("assessed", "plan", NoSpecific)]
    [InlineData("assessed", "approve", NoPendingPlan)]
    [InlineData("assessed", "review", NotRunningReview)]
    [InlineData("specific", "initial", NotJustReceived)]
    [InlineData("specific", "specific", NotAssessed)]
    [InlineData("specific", "approve", NoPendingPlan)]
    [InlineData("specific", "task", NotRunningTask)]
    [InlineData("specific", "close", NotRunningClose)]
    [InlineData("submitted", "plan", NoSpecific)]
    [InlineData("submitted", "specific", NotAssessed)]
    [InlineData("submitted", "task", NotRunningTask)]
    [InlineData("submitted", "review", NotRunningReview)]
    [InlineData("running", "initial", NotJustReceived)]
    [InlineData("running", "plan", NoSpecific)]
    [InlineData("running", "approve", NoPendingPlan)]
    [InlineData("running", "return", NoPendingPlan)]
    [InlineData("running", "reopen", NotClosed)]
    [InlineData("closed", "initial", NotJustReceived)]
    [InlineData("closed", "task", NotRunningTask)]
    [InlineData("closed", "review", NotRunningReview)]
    [InlineData("closed", "close", NotRunningClose)]
    [InlineData("closed", "approve", NoPendingPlan)]
    public void Step_OutOfOrder_IsRefusedWithItsMessageAndChangesNothing(string stage, string step, string message)
    {
        var c = At(stage);
        var status = c.Status;
        var steps = c.Steps.Count;
        var open = c.OpenSteps.Count();
        var assessments = c.Assessments.Count;
        var plans = c.Plans.Count;

        var ex = Assert.Throws<CaseRuleException>(() => Do(c, step));

        Assert.Equal(message, ex.Message);
        Assert.Equal(status, c.Status);
        Assert.Equal(steps, c.Steps.Count);
        Assert.Equal(open, c.OpenSteps.Count());
        Assert.Equal(assessments, c.Assessments.Count);
        Assert.Equal(plans, c.Plans.Count);
    }

    [Fact]
    public void DecideEmergency_OnAClosedCase_IsRefused()
    {
        var c = Closed();
        var ex = Assert.Throws<CaseRuleException>(() =>
            c.DecideEmergency(Separation(1, Received.AddDays(22), Received.AddDays(30)), Chairman, Received.AddDays(22)));
        Assert.Equal("Vụ việc đã đóng.", ex.Message);
        Assert.Empty(c.Separations);
    }

    [Fact]
    public void Steps_InOrder_MoveTheStatusThroughTheProcedure()
    {
        Assert.Equal(CaseStatus.TiepNhan, Opened().Status);
        Assert.Equal(CaseStatus.DaDanhGiaBanDau, Assessed().Status);
        Assert.Equal(CaseStatus.DaDanhGiaCuThe, Specific().Status);
        Assert.Equal(CaseStatus.ChoPheDuyet, Submitted().Status);
        Assert.Equal(CaseStatus.DangThucHien, Running().Status);
        Assert.Equal(CaseStatus.DaDong, Closed().Status);
    }
}
