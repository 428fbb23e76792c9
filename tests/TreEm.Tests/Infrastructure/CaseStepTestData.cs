using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;

namespace TreEm.Tests.Infrastructure;

/// <summary>Builds cases through the domain (the intake and, when asked, the steps up to a status) for the step pages' tests.</summary>
public static class CaseStepTestData
{
    public const string Worker = "xa.iatiem";
    public const string Chairman = "chutich.iatiem";

    /// <summary>
    /// Opens a case received now in the commune (Ia Tiêm by default) and takes it through the procedure up to
    /// <paramref name="upTo"/>; with <paramref name="closingReview"/> a review then proposes closing it.
    /// </summary>
    public static Task<Case> CreateCaseAsync(this TreEmApp app, CaseStatus upTo = CaseStatus.TiepNhan, string unitCode = "23944", bool closingReview = false) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var worker = await db.Users.SingleAsync(u => u.UserName == Worker);
            var chairman = await db.Users.SingleAsync(u => u.UserName == Chairman);
            var w = new CaseActor(worker.Id, worker.FullName);
            var ch = new CaseActor(chairman.Id, chairman.FullName, IsChairman: true);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var c = Case.Open(new Case
            {
                UnitId = unit.Id, Source = CaseSource.HangXom, ReceivedAt = now, AbuseForms = AbuseForm.BaoLuc,
                Place = "Thôn Plei Bông", Description = "Hàng xóm báo trẻ bị đánh nhiều lần",
                Children = [new CaseChild { FullName = "Rơ Châm H'Bia", EstimatedAge = 9, Sex = CaseChildSex.Nu }],
            }, w, now);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            if (upTo == CaseStatus.TiepNhan) return c;

            var calendar = await db.WorkingCalendarAsync();
            c.RecordInitialAssessment(Rated(AssessmentKind.BanDau, RiskRating.TrungBinh), w, now, calendar);
            if (upTo >= CaseStatus.DaDanhGiaCuThe)
            {
                var specific = Rated(AssessmentKind.CuThe, RiskRating.TrungBinh);
                specific.MeetingAt = now;
                specific.MeetingMinutes = "Họp với gia đình và trưởng thôn";
                c.RecordSpecificAssessment(specific, w, now, calendar);
            }
            if (upTo >= CaseStatus.ChoPheDuyet)
            {
                c.SubmitPlan(new InterventionPlan
                {
                    Objectives = "Trẻ được an toàn tại gia đình",
                    Activities = "Thăm nhà hằng tuần",
                    Tasks = [new PlanTask { Title = "Thăm nhà", AssigneeUserId = worker.Id, DueOn = DateOnly.FromDateTime(now).AddDays(7) }],
                }, w, now, calendar);
            }
            if (upTo >= CaseStatus.DangThucHien) c.ApprovePlan("01/QĐ-UBND", null, ch, now);
            if (closingReview) c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), w, now, calendar);
            await db.SaveChangesAsync();
            return c;
        });

    public static CaseAssessment Rated(AssessmentKind kind, RiskRating rating, ReviewProposal? proposal = null) => new()
    {
        Findings = "Nhận định của cán bộ",
        Proposal = proposal,
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = rating }).ToList(),
    };

    /// <summary>The case with every part, as saved.</summary>
    public static Task<Case> CaseAsync(this TreEmApp app, int id) =>
        app.WithDbAsync(db => db.Cases.AsNoTracking().WithEverything().SingleAsync(c => c.Id == id));

    public static Task<string> UserIdAsync(this TreEmApp app, string login) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync());
}
