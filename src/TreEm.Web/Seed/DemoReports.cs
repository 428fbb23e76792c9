using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Web.Seed;

/// <summary>
/// The report periods of 2020 and 2021 and the district reports of the first six months of 2021 (issue 6 items 3
/// and 5), so that the province's completeness view has every case: reports sent on time and accepted, one late,
/// one returned with comments, one awaiting review, and the other districts missing. Chư Sê (633) has no report:
/// its officer writes and submits it in the demo.
/// <para>
/// Periods. Kế hoạch 18/KH-SLĐTB&amp;XH only sets the due dates (six months: 25/5; year: 20/11). The cut-offs are
/// chosen so that the districts have ten days to write: the six-month figures run from 1/1 to 15/5, the annual
/// figures from 1/1 to 31/10 (a report due 20/11 cannot cover December; November and December are counted in the
/// next six-month report's "same period last year" only). The communes report to their district five days earlier
/// (20/5 and 15/11). Reminders go out five days before each deadline.
/// </para>
/// Idempotent: nothing is added once a 2021 period exists.
/// </summary>
public static class DemoReports
{
    private sealed record Spec(string UnitCode, string Writer, DateTime SubmittedAt, string? ReturnComments, DateTime? ReviewedAt);

    /// <summary>A Vietnam local time (UTC+7) as the UTC instant.</summary>
    private static DateTime Vn(int y, int m, int d, int h, int min = 0) => new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc).AddHours(-7);

    public const string ReturnComments = "Đề nghị bổ sung số liệu trẻ em bị xâm hại tại mục II.2 và phụ lục 2, nêu rõ nguyên nhân tăng so với cùng kỳ năm 2020; gửi lại trước ngày 31/5/2021.";

    private static readonly Spec[] Reports =
    [
        // Mang Yang and Pleiku: on time, accepted.
        new("629", "huyen.mangyang", Vn(2021, 5, 20, 9, 30), null, Vn(2021, 5, 27, 8)),
        new("622", "Phòng LĐTBXH Pleiku", Vn(2021, 5, 24, 16, 10), null, Vn(2021, 5, 27, 9)),
        // An Khê: three days late, accepted.
        new("623", "Phòng LĐTBXH An Khê", Vn(2021, 5, 28, 10), null, Vn(2021, 6, 1, 14)),
        // Ayun Pa: on time, returned with comments.
        new("624", "Phòng LĐTBXH Ayun Pa", Vn(2021, 5, 21, 15), ReturnComments, Vn(2021, 5, 26, 10)),
        // KBang: on the last day, awaiting review.
        new("625", "Phòng LĐTBXH KBang", Vn(2021, 5, 25, 17, 45), null, null),
    ];

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["I.1"] = "Kinh tế - xã hội của huyện 6 tháng đầu năm 2021 tiếp tục phát triển; đời sống người dân vùng đồng bào dân tộc thiểu số còn nhiều khó khăn, ảnh hưởng đến việc chăm sóc, giáo dục trẻ em. Dịch COVID-19 làm gián đoạn việc học tập của học sinh trong tháng 2 và tháng 5.",
        ["I.2"] = "Tình trạng tảo hôn, trẻ em bỏ học đi làm thuê và tai nạn đuối nước trong mùa mưa vẫn còn xảy ra.",
        ["II.1"] = "Ban hành kế hoạch thực hiện công tác trẻ em năm 2021; hướng dẫn các xã, thị trấn triển khai Tháng hành động vì trẻ em.",
        ["II.2"] = "Rà soát, cập nhật thông tin trẻ em có hoàn cảnh đặc biệt vào phần mềm quản lý; phối hợp xử lý kịp thời các vụ việc xâm hại trẻ em theo Nghị định 56/2017/NĐ-CP.",
        ["III.2"] = "Một số xã cập nhật thông tin trẻ em chưa kịp thời; đội ngũ cộng tác viên thôn, làng thay đổi nhiều.",
        ["IV.1"] = "Tiếp tục thực hiện tốt các chỉ tiêu của Kế hoạch năm 2021; bảo đảm mọi trẻ em có hoàn cảnh đặc biệt được trợ giúp.",
    };

    /// <summary>Returns the number of reports added (0 when the 2021 periods are already there).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.ReportPeriods.AnyAsync(p => p.Year == 2021, ct)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var periods = new List<ReportPeriod>();
        foreach (var year in new[] { 2020, 2021 })
        {
            if (await db.ReportPeriods.AnyAsync(p => p.Year == year, ct)) continue;
            periods.Add(new ReportPeriod
            {
                Year = year,
                Kind = ReportPeriodKind.SixMonths,
                From = new DateOnly(year, 1, 1),
                CutOff = new DateOnly(year, 5, 15),
                Deadline = new DateOnly(year, 5, 25),
                CommuneDeadline = new DateOnly(year, 5, 20),
                ReminderDays = 5,
                CreatedAt = now,
            });
            periods.Add(new ReportPeriod
            {
                Year = year,
                Kind = ReportPeriodKind.Annual,
                From = new DateOnly(year, 1, 1),
                CutOff = new DateOnly(year, 10, 31),
                Deadline = new DateOnly(year, 11, 20),
                CommuneDeadline = new DateOnly(year, 11, 15),
                ReminderDays = 5,
                CreatedAt = now,
            });
        }
        db.ReportPeriods.AddRange(periods);
        await db.SaveChangesAsync(ct);

        var sixMonths = await db.ReportPeriods.SingleAsync(p => p.Year == 2021 && p.Kind == ReportPeriodKind.SixMonths, ct);
        var codes = Reports.Select(r => r.UnitCode).Append(DemoSeeder.ProvinceCode).ToList();
        var units = await db.Units.Include(u => u.Type).Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        if (!units.TryGetValue(DemoSeeder.ProvinceCode, out var province)) return 0;
        var everything = UserScope.Everything(null, [Role.Administrator]);
        var reviewer = new ReportActor("tinh", province.Id, new HashSet<int>(), new HashSet<int> { province.Id });
        var added = 0;
        foreach (var spec in Reports)
        {
            if (!units.TryGetValue(spec.UnitCode, out var unit)) continue;
            var figures = await ReportFigureBuilder.ComputeAsync(db, everything, unit, sixMonths.Figures, now, ct);
            var written = spec.SubmittedAt.AddDays(-3);
            var report = await ReportDrafts.CreateAsync(db, everything, unit, sixMonths, spec.Writer, written, figures, ct);
            var writer = new ReportActor(spec.Writer, unit.Id, new HashSet<int> { unit.Id }, new HashSet<int>());
            Check(ReportWorkflow.EditSections(report, writer, Texts.ToDictionary(t => t.Key, t => (string?)t.Value), written));
            Check(ReportWorkflow.Submit(report, writer, figures, spec.SubmittedAt));
            if (spec.ReviewedAt is { } reviewed)
                Check(spec.ReturnComments is { } comments
                    ? ReportWorkflow.Return(report, reviewer, province.Id, comments, reviewed)
                    : ReportWorkflow.Accept(report, reviewer, province.Id, reviewed));
            added++;
        }
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo report periods and reports loaded: {Periods} periods, {Reports} reports", periods.Count, added);
        return added;
    }

    private static void Check(string? refusal)
    {
        if (refusal is not null) throw new InvalidOperationException("Demo report: " + refusal);
    }
}
