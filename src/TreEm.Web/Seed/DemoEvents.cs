using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;

namespace TreEm.Web.Seed;

/// <summary>
/// Events of the demo province for 2020 and 2021: the Action Month and the Mid-Autumn festival in most (not all)
/// districts, a provincial children's forum in 2021 that meets Circular 29/2019, district forums (Chư Sê's with too
/// few adults in charge, so it shows a warning) and a few commune events in Chư Sê. Dates are fixed, not relative
/// to the clock. Idempotent: nothing is added once the provincial forum of 2021 exists.
/// </summary>
public static class DemoEvents
{
    public const string ProvincialForumTheme = "Diễn đàn trẻ em tỉnh Gia Lai năm 2021: Trẻ em với phòng, chống xâm hại và đuối nước";
    public const string ChuSeForumTheme = "Diễn đàn trẻ em huyện Chư Sê năm 2021: Lắng nghe tiếng nói trẻ em";

    /// <summary>Districts that held no Action Month / Mid-Autumn event of that year (the plan's "not every district").</summary>
    public static readonly IReadOnlyDictionary<(int Year, EventKind Kind), string[]> Missing = new Dictionary<(int, EventKind), string[]>
    {
        [(2020, EventKind.ThangHanhDong)] = ["630", "635"],
        [(2020, EventKind.TrungThu)] = ["635"],
        [(2021, EventKind.ThangHanhDong)] = ["637"],
        [(2021, EventKind.TrungThu)] = ["635", "638"],
    };

    private static readonly string[] Districts = ["622", "623", "624", "625", "626", "627", "628", "629", "630", "631", "632", "633", "634", "635", "637", "638", "639"];

    private static readonly Dictionary<int, string> ActionMonthThemes = new()
    {
        [2020] = "Tháng hành động vì trẻ em năm 2020: Chung tay bảo vệ trẻ em, phòng, chống bạo lực, xâm hại trẻ em",
        [2021] = "Tháng hành động vì trẻ em năm 2021: Bảo vệ trẻ em, phòng, chống tai nạn thương tích và đuối nước",
    };

    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        if (await db.ChildEvents.AnyAsync(e => e.Theme == ProvincialForumTheme, ct)) return 0;
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith("/" + DemoSeeder.ProvinceCode + "/"))
            .Select(u => new { u.Id, u.Code, u.Name }).ToDictionaryAsync(u => u.Code, ct);
        if (!units.ContainsKey(DemoSeeder.ProvinceCode)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var events = new List<ChildEvent>();

        ChildEvent Add(string unit, EventKind kind, DateOnly start, int days, string theme, string venue, int male, int female, int ethnic,
            int adults, int volunteers, int guests, int others, bool consent = false, string? results = null, string? issues = null)
        {
            var e = new ChildEvent
            {
                UnitId = units[unit].Id, Kind = kind, StartDate = start, EndDate = start.AddDays(days), Theme = theme, Venue = venue,
                ChildrenMale = male, ChildrenFemale = female, ChildrenEthnicMinority = ethnic, AdultsInCharge = adults, Volunteers = volunteers,
                Guests = guests, OtherAdults = others, ParentalConsentCollected = consent, Results = results, IssuesRaised = issues, CreatedAt = now,
            };
            events.Add(e);
            return e;
        }

        foreach (var year in new[] { 2020, 2021 })
        {
            Add(DemoSeeder.ProvinceCode, EventKind.PhatDong, new DateOnly(year, 5, 29), 0, $"Lễ phát động Tháng hành động vì trẻ em tỉnh Gia Lai năm {year}",
                "Quảng trường Đại Đoàn Kết, thành phố Pleiku", 160, 150, 180, 30, 20, 60, 40,
                results: "Trao 200 suất quà cho trẻ em có hoàn cảnh đặc biệt; ra mắt Tổng đài 111 tại tỉnh.");
            for (var i = 0; i < Districts.Length; i++)
            {
                var code = Districts[i];
                if (!units.TryGetValue(code, out var district)) continue;
                var place = district.Name.Replace("Huyện ", "", StringComparison.Ordinal);
                var size = 120 + (i * 37 % 90);
                if (!Missing[(year, EventKind.ThangHanhDong)].Contains(code))
                    Add(code, EventKind.ThangHanhDong, new DateOnly(year, 6, 1 + i % 5), 29, ActionMonthThemes[year],
                        $"Trung tâm Văn hóa – Thể thao {place}", size / 2 + 3, size / 2, size * 2 / 3, size / 5, 10, 15, 12,
                        results: $"Tổ chức ngày hội, tuyên truyền về phòng, chống xâm hại trẻ em; thăm, tặng {20 + i} suất quà.");
                if (!Missing[(year, EventKind.TrungThu)].Contains(code))
                    Add(code, EventKind.TrungThu, new DateOnly(year, 9, year == 2020 ? 28 : 18).AddDays(-(i % 3)), 0,
                        $"Vui Tết Trung thu cho trẻ em {place} năm {year}", $"Nhà văn hóa {place}", size + 40, size + 35, size, size / 6, 15, 12, 20,
                        results: $"Phát {size + 50} lồng đèn và suất quà Trung thu; văn nghệ, rước đèn.");
            }
        }

        // The provincial forum meets every rule: 62 children, 13 adults in charge, 6 volunteers, 18 guests, written consent.
        Add(DemoSeeder.ProvinceCode, EventKind.DienDan, new DateOnly(2021, 6, 10), 1, ProvincialForumTheme,
            "Hội trường Sở Lao động – Thương binh và Xã hội, thành phố Pleiku", 30, 32, 41, 13, 6, 18, 8, consent: true,
            results: "62 đại biểu trẻ em của 17 huyện, thị xã, thành phố đối thoại với lãnh đạo tỉnh; 12 kiến nghị được ghi nhận.",
            issues: "Trẻ em kiến nghị rào chắn ao, hồ gần trường học; mở lớp dạy bơi hè. Lãnh đạo tỉnh giao Sở Giáo dục và Đào tạo phối hợp các huyện thực hiện trong năm 2021.");
        // Chư Sê's forum had too few adults in charge: 45 children need 9.
        Add("633", EventKind.DienDan, new DateOnly(2021, 5, 25), 0, ChuSeForumTheme, "Hội trường UBND huyện Chư Sê", 22, 23, 30, 6, 3, 10, 4,
            consent: true, results: "45 trẻ em tham gia, 8 ý kiến gửi lãnh đạo huyện.",
            issues: "Trẻ em đề nghị thêm sân chơi ở các làng; huyện hứa bố trí kinh phí năm 2022.");
        Add("622", EventKind.DienDan, new DateOnly(2021, 5, 20), 0, "Diễn đàn trẻ em thành phố Pleiku năm 2021", "Nhà Thiếu nhi thành phố Pleiku",
            24, 22, 12, 10, 4, 12, 5, consent: true, results: "46 trẻ em tham gia đối thoại với lãnh đạo thành phố.");
        Add("629", EventKind.DienDan, new DateOnly(2021, 5, 27), 0, "Diễn đàn trẻ em huyện Mang Yang năm 2021", "Hội trường UBND huyện Mang Yang",
            21, 21, 35, 9, 4, 14, 3, consent: true, results: "42 trẻ em tham gia; 6 kiến nghị về an toàn giao thông và nước sạch.");

        // A few commune events in Chư Sê.
        Add("23944", EventKind.TrungThu, new DateOnly(2021, 9, 20), 0, "Đêm hội trăng rằm xã Ia Tiêm 2021", "Sân Nhà văn hóa làng Tiêm",
            95, 88, 170, 12, 10, 6, 15, results: "Tặng 183 suất quà và lồng đèn cho trẻ em trong xã.");
        Add("23944", EventKind.DienDan, new DateOnly(2020, 11, 12), 0, "Diễn đàn trẻ em xã Ia Tiêm năm 2020", "Hội trường UBND xã Ia Tiêm",
            16, 17, 30, 7, 2, 8, 2, consent: true, results: "33 trẻ em tham gia, 5 kiến nghị về nước sạch ở trường.");
        Add("23977", EventKind.ThangHanhDong, new DateOnly(2021, 6, 5), 0, "Ngày hội trẻ em xã Ia Ko hưởng ứng Tháng hành động 2021",
            "Trường Tiểu học Ia Ko", 70, 66, 120, 10, 8, 5, 10, results: "Tuyên truyền phòng, chống đuối nước; thi vẽ tranh.");
        Add("23941", EventKind.TrungThu, new DateOnly(2020, 9, 30), 0, "Vui hội Trung thu thị trấn Chư Sê 2020", "Sân vận động thị trấn Chư Sê",
            140, 132, 90, 20, 15, 10, 25, results: "Tặng 272 suất quà Trung thu.");

        db.ChildEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo events loaded: {Events} events", events.Count);
        return events.Count;
    }
}
