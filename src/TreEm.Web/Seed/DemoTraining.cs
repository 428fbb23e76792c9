using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;

namespace TreEm.Web.Seed;

/// <summary>
/// Training courses of 2020 and 2021 by the province and the Chư Sê and Mang Yang districts. Participants are the demo
/// people of the network when there are any (most of them attend, not all: every fifth is left out, so the coverage views
/// show gaps), plus partner staff known only by name. Works without people too (then only the partner staff).
/// Dates are fixed; idempotent: nothing is added once the province's 2020 course exists.
/// </summary>
public static class DemoTraining
{
    private sealed record CourseSpec(string Unit, int Year, string Title, TrainingTopics Topics, string Funding,
        (int M, int D, decimal Hours, string Venue, string Trainer)[] Sessions);

    private static readonly CourseSpec[] Courses =
    [
        new("64", 2020, "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp huyện, xã năm 2020",
            TrainingTopics.KyNangBaoVeTreEm | TrainingTopics.QuyTrinhNghiDinh56, "Ngân sách tỉnh",
            [(6, 16, 8m, "Hội trường Sở Lao động – Thương binh và Xã hội, Pleiku", "Cục Trẻ em"), (6, 17, 4m, "Hội trường Sở Lao động – Thương binh và Xã hội, Pleiku", "Phòng Bảo vệ, chăm sóc trẻ em")]),
        new("633", 2020, "Tập huấn phòng, chống xâm hại trẻ em cho cộng tác viên huyện Chư Sê",
            TrainingTopics.PhongChongXamHai, "Ngân sách huyện",
            [(8, 12, 4m, "Hội trường UBND huyện Chư Sê", "Phòng Lao động – Thương binh và Xã hội huyện Chư Sê")]),
        new("629", 2020, "Tập huấn phòng, chống tai nạn thương tích, đuối nước trẻ em huyện Mang Yang",
            TrainingTopics.PhongChongTaiNan, "Ngân sách huyện",
            [(5, 20, 4m, "Hội trường UBND huyện Mang Yang", "Trung tâm Y tế huyện Mang Yang")]),
        new("64", 2021, "Tập huấn quản lý trường hợp bảo vệ trẻ em năm 2021",
            TrainingTopics.QuanLyTruongHop | TrainingTopics.QuyTrinhNghiDinh56, "UNICEF và ngân sách tỉnh",
            [(7, 8, 8m, "Khách sạn Hoàng Anh Gia Lai, Pleiku", "Chuyên gia UNICEF"), (7, 9, 8m, "Khách sạn Hoàng Anh Gia Lai, Pleiku", "Chuyên gia UNICEF")]),
        new("633", 2021, "Tập huấn thúc đẩy quyền tham gia của trẻ em huyện Chư Sê",
            TrainingTopics.ThamGiaCuaTreEm | TrainingTopics.KyNangBaoVeTreEm, "Ngân sách huyện",
            [(4, 22, 4m, "Trường THCS Nguyễn Du, thị trấn Chư Sê", "Huyện đoàn Chư Sê")]),
        new("629", 2021, "Tập huấn chăm sóc thay thế và hỗ trợ trẻ em có hoàn cảnh đặc biệt huyện Mang Yang",
            TrainingTopics.ChamSocThayThe, "Quỹ Bảo trợ trẻ em tỉnh",
            [(9, 28, 4m, "Hội trường UBND huyện Mang Yang", "Sở Lao động – Thương binh và Xã hội")]),
    ];

    private static readonly (string Name, string Organisation, Sex Sex)[] Partners =
    [
        ("Nguyễn Văn Hùng", "Công an huyện", Sex.Nam),
        ("Trần Thị Hồng Nhung", "Trung tâm Y tế huyện", Sex.Nu),
        ("Rơ Mah H'Linh", "Hội Liên hiệp Phụ nữ", Sex.Nu),
        ("Ksor Y Bleo", "Huyện đoàn", Sex.Nam),
        ("Lê Thị Thu Hà", "Trường Tiểu học Lê Văn Tám", Sex.Nu),
        ("Phạm Minh Tuấn", "Phòng Giáo dục và Đào tạo", Sex.Nam),
    ];

    /// <summary>Returns the number of participants added (0 when the demo courses are already there).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Code == "64" || u.Code == "633" || u.Code == "629")
            .ToDictionaryAsync(u => u.Code, ct);
        if (units.Count < 3) return 0;
        var firstTitle = Courses[0].Title;
        if (await db.TrainingCourses.AnyAsync(c => c.Title == firstTitle, ct)) return 0;
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.Kind, UnitPath = p.Unit!.Path, p.StartDate, p.EndDate })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        var partner = 0;
        foreach (var spec in Courses)
        {
            var unit = units[spec.Unit];
            var course = new TrainingCourse
            {
                UnitId = unit.Id, Title = spec.Title, Topics = spec.Topics, Year = spec.Year, FundingNote = spec.Funding, CreatedAt = now,
            };
            var absent = people.Where((_, i) => (i + spec.Year) % 5 == 0).Select(p => p.Id).ToHashSet();
            // The province trains officers; a district trains its own officers and collaborators.
            var invited = people.Where(p => p.UnitPath.StartsWith(unit.Path, StringComparison.Ordinal)
                    && (spec.Unit != "64" || TrainingRules.IsOfficer(p.Kind))
                    && p.StartDate <= new DateOnly(spec.Year, 12, 31) && (p.EndDate is null || p.EndDate >= new DateOnly(spec.Year, 1, 1)))
                .ToList();
            for (var s = 0; s < spec.Sessions.Length; s++)
            {
                var x = spec.Sessions[s];
                var session = new TrainingSession
                {
                    Date = new DateOnly(spec.Year, x.M, x.D), Hours = x.Hours, Venue = x.Venue, Trainer = x.Trainer,
                };
                // Most attend, not all: every fifth person of the network misses the whole year's training; in a later
                // session of a course a few more are away.
                for (var i = 0; i < invited.Count; i++)
                    if (!absent.Contains(invited[i].Id) && (s == 0 || i % 7 != 3))
                        session.Participants.Add(new TrainingParticipant { PersonId = invited[i].Id });
                for (var k = 0; k < 2; k++)
                {
                    var (name, org, sex) = Partners[partner++ % Partners.Length];
                    session.Participants.Add(new TrainingParticipant
                    {
                        FullName = name, Organisation = org + (spec.Unit == "64" ? "" : " " + unit.Name.Replace("Huyện ", "", StringComparison.Ordinal)),
                        Kind = PersonKind.DoiTac, Sex = sex,
                    });
                }
                added += session.Participants.Count;
                course.Sessions.Add(session);
            }
            db.TrainingCourses.Add(course);
        }
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo training loaded: {Courses} courses, {Participants} participants", Courses.Length, added);
        return added;
    }
}
