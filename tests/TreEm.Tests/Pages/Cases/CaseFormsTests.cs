using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Cases;

public class CaseFormsTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    /// <summary>A case of Ia Tiêm taken through every step that has a form, with a separation decision.</summary>
    private async Task<int> FullCaseAsync(string childName)
    {
        return await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "23944");
            var worker = await db.Users.SingleAsync(u => u.UserName == "xa.iatiem");
            var chairman = await db.Users.SingleAsync(u => u.UserName == "chutich.iatiem");
            var w = new CaseActor(worker.Id, worker.FullName);
            var ch = new CaseActor(chairman.Id, chairman.FullName, IsChairman: true);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var start = now.AddDays(-20);
            var cal = await db.WorkingCalendarAsync();
            var c = Case.Open(new Case
            {
                UnitId = unit.Id, Source = CaseSource.TruongHoc, ReceivedAt = start, AbuseForms = AbuseForm.BaoLuc | AbuseForm.BoMac,
                Place = "Thôn Plei Tiêm", Description = "Cô giáo báo em có vết bầm ở tay.", ReporterName = "Nguyễn Thị Lan",
                Children = [new CaseChild { FullName = childName, EstimatedAge = 9, Sex = CaseChildSex.Nu }],
            }, w, start);
            c.RecordInitialAssessment(Rated(AssessmentKind.BanDau, RiskRating.Cao), w, start.AddHours(4), cal);
            c.DecideEmergency(new SeparationDecision
            {
                Kind = EmergencyMeasureKind.TamThoiCachLy, DecisionNumber = "07/QĐ-UBND", From = start.AddHours(5), Until = start.AddDays(10),
                CarePlace = "Nhà bà ngoại", Carer = "Rơ Mah H'Blơi", Measures = "Đưa trẻ đến ở với bà ngoại",
            }, ch, start.AddHours(5));
            c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe, RiskRating.TrungBinh), w, start.AddDays(2), cal);
            c.SubmitPlan(new InterventionPlan
            {
                Objectives = "Bảo đảm an toàn cho trẻ",
                Tasks = [new PlanTask { Title = "Thăm gia đình hằng tuần", AssigneeUserId = worker.Id, DueOn = DateOnly.FromDateTime(start.AddDays(30)) }],
            }, w, start.AddDays(3), cal);
            c.ApprovePlan("15/QĐ-UBND", null, ch, start.AddDays(4));
            c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.TiepTuc), w, start.AddDays(15), cal);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    private static CaseAssessment Rated(AssessmentKind kind, RiskRating rating, ReviewProposal? proposal = null) => new()
    {
        Findings = "Nhận định của cán bộ",
        NeedsEmergency = kind == AssessmentKind.BanDau,
        MeetingAt = kind == AssessmentKind.CuThe ? new DateTime(2026, 11, 12, 2, 0, 0, DateTimeKind.Utc) : null,
        MeetingParticipants = kind == AssessmentKind.CuThe ? "Trưởng thôn, cha mẹ" : null,
        MeetingMinutes = kind == AssessmentKind.CuThe ? "Thống nhất các biện pháp bảo vệ" : null,
        Proposal = proposal,
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = rating }).ToList(),
    };

    private static string WordText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task EveryForm_PrintsAsWordWithTheHeaderAndTheCaseData()
    {
        var id = await FullCaseAsync("Ksor H'Mai");
        var client = await app.SignInAsync("xa.iatiem");
        var details = await client.GetStringAsync($"/cases/{id}");
        foreach (var code in new[] { "01", "02", "03", "04", "05", "06", "07" })
        {
            Assert.Contains($"/cases/{id}/forms/mau-{code}.docx", details, StringComparison.Ordinal);
            var response = await client.GetAsync($"/cases/{id}/forms/mau-{code}.docx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = WordText(await response.Content.ReadAsByteArrayAsync());
            Assert.Contains("Mẫu số " + code, text, StringComparison.Ordinal);
            Assert.Contains("UBND HUYỆN CHƯ SÊ", text, StringComparison.Ordinal);
            Assert.Contains("UBND XÃ IA TIÊM", text, StringComparison.Ordinal);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("Ksor H'Mai", text, StringComparison.Ordinal);
        }
        var intake = WordText(await client.GetByteArrayAsync($"/cases/{id}/forms/mau-01.docx"));
        Assert.Contains("Cô giáo báo em có vết bầm ở tay.", intake, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Lan", intake, StringComparison.Ordinal);
        var approval = WordText(await client.GetByteArrayAsync($"/cases/{id}/forms/mau-05.docx"));
        Assert.Contains("15/QĐ-UBND", approval, StringComparison.Ordinal);
        Assert.Contains("Thăm gia đình hằng tuần", approval, StringComparison.Ordinal);
        var separation = WordText(await client.GetByteArrayAsync($"/cases/{id}/forms/mau-07.docx"));
        Assert.Contains("Nhà bà ngoại", separation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessmentForm_ShowsTheComputedTotals()
    {
        var id = await FullCaseAsync("Siu H'Lan");
        var client = await app.SignInAsync("xa.iatiem");
        var text = WordText(await client.GetByteArrayAsync($"/cases/{id}/forms/mau-02.docx"));
        // Mẫu 02: four harm items and three capacity items, all rated Cao: 4 × 3 = 12 and 3 × 3 = 9 points, 21 in all.
        Assert.Contains("12 điểm", text, StringComparison.Ordinal);
        Assert.Contains("9 điểm", text, StringComparison.Ordinal);
        Assert.Contains("21", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_IsAPdfAndThePrintIsAudited()
    {
        var id = await FullCaseAsync("Rơ Châm H'Ly");
        var client = await app.SignInAsync("chutich.iatiem");
        var response = await client.GetAsync($"/cases/{id}/forms/mau-07.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var exports = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "Case" && a.Key == key && a.Action == AuditAction.Export));
        Assert.Equal(1, exports);
    }

    [Fact]
    public async Task Forms_AreForThoseWhoReadTheCaseInFull()
    {
        var id = await FullCaseAsync("Kpă Thị Hoa");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("xa.iako")).GetAsync($"/cases/{id}/forms/mau-01.docx")).StatusCode);
        // Administrators and leaders see the status of a case, not what its forms say.
        var leader = await (await app.SignInAsync("lanhdao")).GetAsync($"/cases/{id}/forms/mau-01.docx");
        Assert.Equal(HttpStatusCode.Redirect, leader.StatusCode);
        Assert.Contains("/loi/403", leader.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync("thanhtra")).GetAsync($"/cases/{id}/forms/mau-01.pdf")).StatusCode);
    }

    [Fact]
    public async Task Form_OfAStepNotYetDone_IsNotFound()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "23944");
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var c = Case.Open(new Case
            {
                UnitId = unit.Id, Source = CaseSource.HangXom, ReceivedAt = now, AbuseForms = AbuseForm.BoMac, Description = "Trẻ bị bỏ mặc",
                Children = [new CaseChild { EstimatedAge = 5 }],
            }, new CaseActor(null, "Cán bộ"), now);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/cases/{id}/forms/mau-01.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{id}/forms/mau-05.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{id}/forms/mau-09.docx")).StatusCode);
    }
}
