using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;

namespace TreEm.Tests.Infrastructure;

/// <summary>Builders for cases, partner agencies and referrals, through the domain and the real DbContext.</summary>
public static class FollowUpTestData
{
    public const string Narrative = "Bé bị cha dượng đánh nhiều lần, vết bầm ở tay (mô tả nhạy cảm)";

    /// <summary>
    /// Opens a case in a commune (received <paramref name="receivedHoursAgo"/> hours before the app's clock, so the
    /// initial assessment is due 12 hours after that), then runs <paramref name="steps"/> on it.
    /// </summary>
    public static Task<Case> CreateFollowUpCaseAsync(this TreEmApp app, string communeCode, double receivedHoursAgo = 0,
        string childName = "Siu H'Mai", string? createdBy = "xa.iatiem", Action<Case, WorkingCalendar, DateTime>? steps = null) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var unit = await db.Units.SingleAsync(u => u.Code == communeCode);
            var userId = createdBy is null ? null : await db.Users.Where(u => u.UserName == createdBy).Select(u => u.Id).SingleAsync();
            var c = Case.Open(new Case
            {
                UnitId = unit.Id,
                Source = CaseSource.UbndXa,
                ReceivedAt = now.AddHours(-receivedHoursAgo),
                AbuseForms = AbuseForm.BaoLuc,
                Place = "Thôn 1",
                Description = Narrative,
                AllegedPerpetrator = "Cha dượng",
                Children = [new CaseChild { FullName = childName, EstimatedAge = 9, Sex = CaseChildSex.Nu }],
            }, new CaseActor(userId, "Người tiếp nhận"), now);
            if (steps is not null) steps(c, await db.WorkingCalendarAsync(), now);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c;
        });

    public static Task<PartnerAgency> CreateAgencyAsync(this TreEmApp app, string name, string unitCode, PartnerKind kind = PartnerKind.CongAn, bool active = true) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var a = new PartnerAgency { Name = name, Kind = kind, UnitId = unit.Id, IsActive = active, Phone = "0269 3850 113" };
            db.PartnerAgencies.Add(a);
            await db.SaveChangesAsync();
            return a;
        });

    /// <summary>Attaches a user (holding the partner role) to an agency.</summary>
    public static Task AttachPartnerAsync(this TreEmApp app, string login, int agencyId) =>
        app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == login);
            user.PartnerAgencyId = agencyId;
            await db.SaveChangesAsync();
        });

    public static Task<Referral> CreateReferralAsync(this TreEmApp app, int caseId, int agencyId, string request = "Đề nghị xác minh, bảo vệ an toàn cho trẻ") =>
        app.WithDbAsync(async db =>
        {
            var r = new Referral
            {
                CaseId = caseId, AgencyId = agencyId, ReferredAt = app.Clock.GetUtcNow().UtcDateTime, ReferrerName = "Cán bộ xã",
                Request = request, ConsentGiven = true, ConsentBy = ConsentGiver.ChaMe,
            };
            db.Referrals.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

    /// <summary>Steps up to an approved plan with one task assigned to the given user id.</summary>
    public static Action<Case, WorkingCalendar, DateTime> ToApprovedPlan(string assigneeUserId, string taskTitle) => (c, cal, now) =>
    {
        var worker = new CaseActor("w", "Cán bộ");
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), worker, now, cal);
        c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe), worker, now, cal);
        c.SubmitPlan(new InterventionPlan
        {
            Objectives = "Trẻ an toàn",
            Tasks = [new PlanTask { Title = taskTitle, AssigneeUserId = assigneeUserId, DueOn = DateOnly.FromDateTime(now).AddDays(7) }],
        }, worker, now, cal);
        c.ApprovePlan("01/QĐ-UBND", null, new CaseActor("c", "Chủ tịch", IsChairman: true), now);
    };

    public static CaseAssessment Rated(AssessmentKind kind) => new()
    {
        Findings = "Nhận định",
        MeetingAt = kind == AssessmentKind.CuThe ? new DateTime(2026, 11, 29, 2, 0, 0, DateTimeKind.Utc) : null,
        MeetingMinutes = kind == AssessmentKind.CuThe ? "Biên bản" : null,
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = RiskRating.TrungBinh }).ToList(),
    };

}
