using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;

namespace TreEm.Tests.Infrastructure;

/// <summary>Builders for cases, opened and moved on through the domain's own methods (never by setting a status).</summary>
public static class CaseTestData
{
    /// <summary>
    /// Opens a case in the commune with the given official code, received <paramref name="receivedHoursAgo"/> hours
    /// before the application's clock, recorded by <paramref name="createdBy"/> (a demo login) or by a test actor.
    /// Without children, one provisional child "Trẻ chưa rõ tên" aged 9 is added.
    /// </summary>
    public static async Task<Case> CreateCaseAsync(this TreEmApp app, string communeCode, string description = "Mô tả vụ việc",
        AbuseForm forms = AbuseForm.BaoLuc, CaseSource source = CaseSource.HangXom, string? hotlineReference = null,
        double receivedHoursAgo = 1, string? createdBy = null, IEnumerable<CaseChild>? children = null, Action<Case>? configure = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var unitId = await db.Units.Where(u => u.Code == communeCode).Select(u => u.Id).SingleAsync();
            var actor = new CaseActor(null, "Người kiểm thử");
            if (createdBy is not null)
            {
                var user = await db.Users.SingleAsync(u => u.UserName == createdBy);
                actor = new CaseActor(user.Id, user.FullName);
            }
            var intake = new Case
            {
                UnitId = unitId, Source = source, HotlineReference = hotlineReference ?? (source == CaseSource.TongDai111 ? "111-TEST" : null),
                ReceivedAt = now.AddHours(-receivedHoursAgo), AbuseForms = forms, Place = "Thôn 1", Description = description,
                Children = children?.ToList() ?? [new CaseChild { FullName = null, EstimatedAge = 9, Sex = CaseChildSex.KhongRo }],
            };
            configure?.Invoke(intake);
            var c = Case.Open(intake, actor, now);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
    }

    /// <summary>Records the initial (Mẫu 02) and specific (Mẫu 03) assessments, the latter confirming the abuse or not.</summary>
    public static Task AssessAsync(this TreEmApp app, int caseId, bool abuseConfirmed) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var calendar = await db.WorkingCalendarAsync();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            var worker = new CaseActor(null, "Cán bộ kiểm thử");
            c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), worker, now, calendar);
            var specific = Rated(AssessmentKind.CuThe);
            specific.AbuseConfirmed = abuseConfirmed;
            specific.MeetingAt = now;
            specific.MeetingMinutes = "Biên bản họp";
            c.RecordSpecificAssessment(specific, worker, now, calendar);
            await db.SaveChangesAsync();
        });

    private static CaseAssessment Rated(AssessmentKind kind) => new()
    {
        Findings = "Nhận định của cán bộ",
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = RiskRating.TrungBinh }).ToList(),
    };
}
