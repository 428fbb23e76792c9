using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.People;

namespace TreEm.Web.Seed;

/// <summary>
/// The demo province's child-protection network: a worker for most communes (a few without one, two whose worker
/// left in 2021), officers for each district and the province, collaborators for the villages of Ia Tiêm and Ia Ko
/// but one, the provincial steering committee and Chư Sê's with their 2020–2021 meetings, and the standing groups
/// of Ia Tiêm and Ia Ko. The demo users who work in the network are linked to their person. Dates are fixed in
/// 2019–2021. Idempotent: nothing is added once the provincial steering committee exists.
/// </summary>
public static class DemoPeople
{
    public const string ProvinceCommitteeName = "Ban Chỉ đạo công tác bảo vệ, chăm sóc trẻ em tỉnh Gia Lai";
    public const string ChuSeCommitteeName = "Ban Chỉ đạo công tác bảo vệ, chăm sóc trẻ em huyện Chư Sê";

    /// <summary>The village left without a collaborator (Thôn Kênh Ba, xã Ia Ko).</summary>
    public const string VillageWithoutCollaborator = "23977-03";

    /// <summary>Communes whose worker left in 2021 and was not replaced.</summary>
    public static readonly string[] CommunesWhoseWorkerLeft = ["23650", "23815"];

    private static readonly string[] KinhFamilies = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] KinhMen = ["Văn Hùng", "Văn Dũng", "Minh Tuấn", "Hữu Nam", "Văn Sơn", "Đức Hải", "Văn Phúc", "Quang Thắng", "Văn Long", "Minh Quân"];
    private static readonly string[] KinhWomen = ["Thị Lan", "Thị Hoa", "Thị Hương", "Thị Mai", "Thị Hạnh", "Thu Thảo", "Thị Nga", "Ngọc Huyền", "Thị Trang", "Thanh Yến"];
    private static readonly string[] JraiFamilies = ["Rơ Mah", "Ksor", "Siu", "Rơ Châm", "Nay", "Kpă", "Puih", "Rah Lan", "Rơ Lan"];
    private static readonly string[] JraiMen = ["Blơi", "Hyưk", "Thuân", "Phăm", "Djuin", "Breo", "Yơn", "Khin"];
    private static readonly string[] JraiWomen = ["H'Nhung", "H'Bia", "H'Luyên", "H'Yen", "H'Ngăm", "H'Blan", "H'Ly", "H'Phin"];
    private static readonly string[] BahnarMen = ["Đinh Văn Hlim", "Đinh Văn Nhứt", "A Thút", "Đinh Văn Blôi", "A Sưu", "Đinh Quang Thơm"];
    private static readonly string[] BahnarWomen = ["Đinh Thị Hlin", "Đinh Thị Yên", "Yơk Bia", "Đinh Thị Nhâm", "Đinh Thị Hơi", "Y Blưh"];

    /// <summary>Districts where the Bahnar live (An Khê, KBang, Đăk Đoa, Mang Yang, Kông Chro, Đăk Pơ): their names lean Bahnar.</summary>
    private static readonly string[] BahnarDistricts = ["623", "625", "626", "629", "630", "634"];

    private sealed record Named(string Name, Sex Sex, string Ethnicity);

    /// <summary>A realistic name for the i-th person of a district, deterministic.</summary>
    private static Named NameFor(int i, string districtCode)
    {
        var sex = i % 3 == 1 ? Sex.Nam : Sex.Nu;
        var style = i % 5;
        if (style < 2) // Kinh
        {
            var given = sex == Sex.Nam ? KinhMen[i * 7 % KinhMen.Length] : KinhWomen[i * 7 % KinhWomen.Length];
            return new($"{KinhFamilies[i * 5 % KinhFamilies.Length]} {given}", sex, "01");
        }
        if (BahnarDistricts.Contains(districtCode))
            return sex == Sex.Nam ? new(BahnarMen[i % BahnarMen.Length], sex, "13") : new(BahnarWomen[i % BahnarWomen.Length], sex, "13");
        var family = JraiFamilies[i * 3 % JraiFamilies.Length];
        return new($"{family} {(sex == Sex.Nam ? JraiMen[i % JraiMen.Length] : JraiWomen[i % JraiWomen.Length])}", sex, "10");
    }

    private static DateOnly StartFor(int i) => new DateOnly(2019, 1, 2).AddDays(i * 37 % 1000);

    private static string Phone(int i) => "09" + (i * 7919 % 100_000_000).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the number of rows added (0 when the demo network is already there).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        if (await db.Committees.AnyAsync(c => c.Name == ProvinceCommitteeName, ct)) return 0;
        var province = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.ProvinceCode, ct);
        if (province is null) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(province.Path))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ParentId, u.Type!.Tier }).ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        var byCode = units.ToDictionary(u => u.Code);
        var users = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        string? UserId(string login) => users.GetValueOrDefault(login);
        var people = new List<Person>();
        Person Add(string unitCode, Named who, PersonKind kind, string position, bool fullTime, DateOnly start, int i, string? login = null)
        {
            var p = new Person
            {
                UnitId = byCode[unitCode].Id, FullName = who.Name, NameSearch = VietnameseText.Normalize(who.Name), Sex = who.Sex,
                BirthYear = 1970 + i * 11 % 25, EthnicityCode = who.Ethnicity, Kind = kind, Position = position, FullTime = fullTime,
                Phone = Phone(i + 1), StartDate = start, UserId = login is null ? null : UserId(login), CreatedAt = now,
            };
            people.Add(p);
            return p;
        }

        // Province officers (Phòng Bảo vệ, chăm sóc trẻ em – Sở LĐTBXH).
        var tinh = Add("64", new("Nguyễn Thị Hồng", Sex.Nu, "01"), PersonKind.CanBoTinh, "Trưởng phòng Bảo vệ, chăm sóc trẻ em – Sở LĐTBXH", true, new(2019, 1, 2), 0, "tinh");
        var tinh2 = Add("64", new("Võ Văn Quý", Sex.Nam, "01"), PersonKind.CanBoTinh, "Phó Trưởng phòng Bảo vệ, chăm sóc trẻ em – Sở LĐTBXH", true, new(2019, 4, 1), 1);
        Add("64", new("Ksor H'Yuen", Sex.Nu, "10"), PersonKind.CanBoTinh, "Chuyên viên Phòng Bảo vệ, chăm sóc trẻ em – Sở LĐTBXH", true, new(2020, 3, 16), 2);

        // Two officers per district (Phòng LĐTBXH), the demo district users among them.
        var districts = units.Where(u => u.Tier == UnitTier.District).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var n = 10;
        var chuSeOfficers = new List<Person>();
        foreach (var d in districts)
        {
            var head = d.Code switch
            {
                "633" => Add(d.Code, new("Rơ Mah Thị Lan", Sex.Nu, "10"), PersonKind.CanBoHuyen, "Phó Trưởng phòng Lao động – Thương binh và Xã hội", true, new(2019, 1, 2), n, "huyen.chuse"),
                "629" => Add(d.Code, new("Đinh Văn Hùng", Sex.Nam, "13"), PersonKind.CanBoHuyen, "Phó Trưởng phòng Lao động – Thương binh và Xã hội", true, new(2019, 1, 2), n, "huyen.mangyang"),
                _ => Add(d.Code, NameFor(n, d.Code), PersonKind.CanBoHuyen, "Phó Trưởng phòng Lao động – Thương binh và Xã hội", true, StartFor(n), n),
            };
            n++;
            var staff = Add(d.Code, NameFor(n, d.Code), PersonKind.CanBoHuyen, "Chuyên viên phụ trách bảo vệ, chăm sóc trẻ em", true, StartFor(n), n);
            n++;
            if (d.Code == "633") chuSeOfficers.AddRange([head, staff]);
        }

        // A worker for most communes: every eleventh commune has none, and two lost theirs in 2021.
        var communes = units.Where(u => u.Tier == UnitTier.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var communeWorkers = new Dictionary<string, Person>(StringComparer.Ordinal);
        for (var i = 0; i < communes.Count; i++)
        {
            var c = communes[i];
            if (i % 11 == 6 && c.Code is not ("23944" or "23977")) continue;
            var district = c.ParentId is { } pid ? byId[pid].Code : "";
            var worker = c.Code switch
            {
                "23944" => Add(c.Code, new("Ksor H'Nhi", Sex.Nu, "10"), PersonKind.CanBoXa, "Công chức Văn hóa – Xã hội", false, new(2019, 3, 1), n, "xa.iatiem"),
                "23977" => Add(c.Code, new("Lê Thị Thu", Sex.Nu, "01"), PersonKind.CanBoXa, "Công chức Văn hóa – Xã hội", false, new(2019, 8, 12), n, "xa.iako"),
                _ => Add(c.Code, NameFor(n, district), PersonKind.CanBoXa, i % 4 == 0 ? "Công chức Văn hóa – Xã hội" : "Công chức Văn hóa – Xã hội (phụ trách LĐTBXH)",
                    i % 7 == 0, StartFor(n), n),
            };
            n++;
            if (CommunesWhoseWorkerLeft.Contains(c.Code))
            {
                worker.EndDate = new DateOnly(2021, 6, 30);
                worker.Note = "Kết thúc công tác ngày 30/06/2021: chuyển công tác";
            }
            communeWorkers[c.Code] = worker;
        }

        // Collaborators for the demo villages, but one.
        string[] ctvPositions = ["Chi hội trưởng Phụ nữ thôn, cộng tác viên", "Trưởng thôn kiêm cộng tác viên", "Bí thư Chi đoàn thôn, cộng tác viên", "Cộng tác viên thôn"];
        var collaborators = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var v in units.Where(u => u.Tier == UnitTier.Village).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (v.Code == VillageWithoutCollaborator) continue;
            var k = collaborators.Count;
            collaborators[v.Code] = v.Code == "23944-01"
                ? Add(v.Code, new("Rơ Châm Thuấn", Sex.Nam, "10"), PersonKind.CongTacVien, "Trưởng thôn kiêm cộng tác viên", false, new(2019, 5, 20), n, "ctv.iatiem")
                : Add(v.Code, NameFor(n, "633"), PersonKind.CongTacVien, ctvPositions[k % ctvPositions.Length], false, StartFor(n), n);
            n++;
        }
        db.People.AddRange(people);

        // Committees, with members from the network and from the other agencies.
        var committees = new List<Committee>();
        Committee NewCommittee(string unitCode, CommitteeKind kind, string name, DateOnly established, string decision)
        {
            var c = new Committee { UnitId = byCode[unitCode].Id, Kind = kind, Name = name, EstablishedOn = established, DecisionNumber = decision, CreatedAt = now };
            committees.Add(c);
            return c;
        }
        void Member(Committee c, Person? p, string name, string position, CommitteeRole role, DateOnly? from = null) =>
            c.Members.Add(new CommitteeMember
            {
                UnitId = c.UnitId, Person = p, FullName = p?.FullName ?? name, Position = p?.Position ?? position, Role = role, From = from ?? c.EstablishedOn,
            });
        void Meeting(Committee c, DateOnly date, string subject, int attendees, string conclusions) =>
            c.Meetings.Add(new CommitteeMeeting { UnitId = c.UnitId, Date = date, Subject = subject, Attendees = attendees, Conclusions = conclusions, CreatedAt = now });

        var provincial = NewCommittee("64", CommitteeKind.BanChiDao, ProvinceCommitteeName, new(2019, 3, 15), "186/QĐ-UBND");
        Member(provincial, null, "Trần Quang Huy", "Phó Chủ tịch UBND tỉnh", CommitteeRole.TruongBan);
        Member(provincial, null, "Đặng Văn Tâm", "Giám đốc Sở Lao động – Thương binh và Xã hội", CommitteeRole.PhoBan);
        Member(provincial, tinh, "", "", CommitteeRole.ThuongTruc);
        Member(provincial, tinh2, "", "", CommitteeRole.ThanhVien, new(2019, 4, 1));
        Member(provincial, null, "Nguyễn Hữu Phước", "Phó Giám đốc Công an tỉnh", CommitteeRole.ThanhVien);
        Member(provincial, null, "Rơ Chăm H'Dung", "Phó Giám đốc Sở Giáo dục và Đào tạo", CommitteeRole.ThanhVien);
        Member(provincial, null, "Lê Văn Bình", "Phó Giám đốc Sở Y tế", CommitteeRole.ThanhVien);
        Member(provincial, null, "Siu H'Mai", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", CommitteeRole.ThanhVien);
        Member(provincial, null, "Phạm Minh Đức", "Phó Bí thư Tỉnh Đoàn", CommitteeRole.ThanhVien);
        provincial.Members.Last().To = new DateOnly(2021, 3, 31);
        provincial.Members.Last().EndReason = "Chuyển công tác";
        Member(provincial, null, "Kpă Y Sóc", "Phó Bí thư Tỉnh Đoàn", CommitteeRole.ThanhVien, new(2021, 4, 1));
        Meeting(provincial, new(2020, 1, 10), "Tổng kết công tác bảo vệ, chăm sóc trẻ em năm 2019, triển khai nhiệm vụ năm 2020", 18,
            "Giao các huyện rà soát trẻ em có hoàn cảnh đặc biệt trước 31/3/2020; kiện toàn nhóm thường trực ở các xã còn thiếu.");
        Meeting(provincial, new(2020, 5, 20), "Triển khai Tháng hành động vì trẻ em năm 2020", 21,
            "Tổ chức lễ phát động cấp tỉnh tại huyện Chư Sê; vận động Quỹ Bảo trợ trẻ em 4 tỷ đồng.");
        Meeting(provincial, new(2021, 1, 15), "Tổng kết năm 2020, triển khai kế hoạch năm 2021", 19,
            "Bổ sung cộng tác viên cho các thôn, làng còn trống; tập huấn cho cán bộ xã mới.");
        Meeting(provincial, new(2021, 5, 18), "Triển khai Tháng hành động vì trẻ em năm 2021 trong bối cảnh dịch COVID-19", 16,
            "Không tổ chức tập trung đông người; trao quà tận nhà cho trẻ em bị ảnh hưởng bởi dịch.");

        var chuSe = NewCommittee("633", CommitteeKind.BanChiDao, ChuSeCommitteeName, new(2019, 6, 10), "1021/QĐ-UBND");
        Member(chuSe, null, "Nguyễn Văn Thành", "Phó Chủ tịch UBND huyện", CommitteeRole.TruongBan);
        Member(chuSe, null, "Hồ Thị Kim Oanh", "Trưởng phòng Lao động – Thương binh và Xã hội", CommitteeRole.PhoBan);
        Member(chuSe, chuSeOfficers[0], "", "", CommitteeRole.ThuongTruc);
        Member(chuSe, chuSeOfficers[1], "", "", CommitteeRole.ThanhVien);
        Member(chuSe, null, "Rơ Mah Hlun", "Phó Trưởng Công an huyện", CommitteeRole.ThanhVien);
        Member(chuSe, null, "Bùi Thị Ngọc", "Phó Trưởng phòng Giáo dục và Đào tạo", CommitteeRole.ThanhVien);
        Meeting(chuSe, new(2020, 4, 22), "Kế hoạch bảo vệ, chăm sóc trẻ em năm 2020 của huyện", 11,
            "Các xã rà soát, cập nhật sổ theo dõi trẻ em trước 30/5/2020.");
        Meeting(chuSe, new(2020, 12, 18), "Đánh giá kết quả năm 2020", 12,
            "Xã Ia Ko bổ sung cộng tác viên cho Thôn Kênh Ba; nhân rộng mô hình nhóm thường trực của xã Ia Tiêm.");
        Meeting(chuSe, new(2021, 6, 8), "Phòng chống đuối nước trẻ em mùa mưa 2021", 10,
            "Cắm biển cảnh báo tại các ao hồ, suối; tuyên truyền qua loa phát thanh thôn, làng.");

        foreach (var (code, name, established, decision, chair, police, school, health) in new[]
        {
            ("23944", "Nhóm thường trực bảo vệ trẻ em xã Ia Tiêm", new DateOnly(2019, 9, 5), "85/QĐ-UBND", "Siu Đình", "Rơ Mah Plui", "Nguyễn Thị Mỹ", "Ksor H'Hương"),
            ("23977", "Nhóm thường trực bảo vệ trẻ em xã Ia Ko", new DateOnly(2020, 2, 12), "22/QĐ-UBND", "Nay Blúp", "Trần Văn Lực", "Rah Lan H'Xuân", "Phạm Thị Duyên"),
        })
        {
            var group = NewCommittee(code, CommitteeKind.NhomThuongTruc, name, established, decision);
            Member(group, null, chair, "Chủ tịch UBND xã", CommitteeRole.TruongBan);
            Member(group, communeWorkers[code], "", "", CommitteeRole.ThuongTruc);
            Member(group, null, police, "Trưởng Công an xã", CommitteeRole.ThanhVien);
            Member(group, null, school, "Hiệu trưởng Trường Tiểu học", CommitteeRole.ThanhVien);
            Member(group, null, health, "Trạm trưởng Trạm Y tế xã", CommitteeRole.ThanhVien);
            foreach (var ctv in collaborators.Where(c => c.Key.StartsWith(code + "-", StringComparison.Ordinal)).Select(c => c.Value))
                Member(group, ctv, "", "", CommitteeRole.ThanhVien, ctv.StartDate > established ? ctv.StartDate : established);
            Meeting(group, new(2021, 3, 25), "Rà soát trẻ em có nguy cơ bỏ học, tảo hôn", 8,
                "Cộng tác viên thăm từng hộ trong tháng 4/2021; báo cáo UBND xã các trường hợp có nguy cơ.");
        }
        db.Committees.AddRange(committees);
        await db.SaveChangesAsync(ct);
        var rows = people.Count + committees.Sum(c => 1 + c.Members.Count + c.Meetings.Count);
        log?.LogInformation("Demo people loaded: {People} people, {Committees} committees ({Rows} rows)", people.Count, committees.Count, rows);
        return rows;
    }
}
