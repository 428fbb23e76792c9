using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;

namespace TreEm.Web.Seed;

/// <summary>
/// Communication activities, district inspections of communes and injuries of the demo province in 2020 and 2021,
/// so that 2021 can be compared with 2020: drowning in the rainy season, traffic accidents, burns, a few deaths;
/// one inspection whose follow-up is overdue. Dates are fixed, not relative to the clock. Idempotent: nothing is
/// added once the province has a communication activity.
/// </summary>
public static class DemoActivities
{
    private static readonly (string Unit, int Y, int M, int D, CommunicationChannel Channel, CommunicationTopic Topic, string Title, int Reach,
        int Children, int? Copies, bool Remote, bool Dtts)[] Communication =
    [
        ("64", 2020, 5, 28, CommunicationChannel.BaoChi, CommunicationTopic.QuyenTreEm, "Phóng sự \"Tháng hành động vì trẻ em 2020\" trên Đài Phát thanh – Truyền hình Gia Lai", 120_000, 30_000, null, false, false),
        ("64", 2020, 6, 15, CommunicationChannel.Internet, CommunicationTopic.TongDai111, "Giới thiệu Tổng đài 111 trên cổng thông tin Sở LĐTBXH", 8_500, 1_200, null, false, false),
        ("633", 2020, 6, 5, CommunicationChannel.PanoApPhich, CommunicationTopic.PhongChongTaiNanThuongTich, "Pano phòng, chống đuối nước tại các hồ, suối huyện Chư Sê", 15_000, 4_000, 12, true, true),
        ("23944", 2020, 6, 20, CommunicationChannel.TruyenThongTrucTiep, CommunicationTopic.PhongChongXamHai, "Nói chuyện phòng, chống xâm hại trẻ em tại làng Tiêm", 180, 95, null, true, true),
        ("23977", 2020, 7, 3, CommunicationChannel.LoaTruyenThanh, CommunicationTopic.PhongChongTaiNanThuongTich, "Phát thanh phòng, chống đuối nước mùa mưa bằng tiếng Jrai", 2_400, 700, null, true, true),
        ("629", 2020, 8, 12, CommunicationChannel.ToRoi, CommunicationTopic.QuyenTreEm, "Tờ rơi quyền và bổn phận của trẻ em", 3_000, 1_800, 3_000, true, true),
        ("625", 2020, 9, 10, CommunicationChannel.TruyenThongTrucTiep, CommunicationTopic.ThamGiaCuaTreEm, "Sinh hoạt chuyên đề trẻ em tham gia ý kiến tại trường THCS KBang", 320, 300, null, false, false),
        ("622", 2020, 11, 20, CommunicationChannel.Internet, CommunicationTopic.PhongChongXamHai, "Chuỗi bài phòng, chống xâm hại trẻ em trên mạng xã hội", 25_000, 6_000, null, false, false),
        ("64", 2021, 5, 31, CommunicationChannel.BaoChi, CommunicationTopic.QuyenTreEm, "Lễ phát động Tháng hành động vì trẻ em 2021 trên truyền hình", 135_000, 34_000, null, false, false),
        ("64", 2021, 6, 1, CommunicationChannel.Internet, CommunicationTopic.TongDai111, "Tổng đài 111 miễn phí: chia sẻ trên trang mạng xã hội của Sở", 14_000, 2_500, null, false, false),
        ("633", 2021, 5, 25, CommunicationChannel.PanoApPhich, CommunicationTopic.PhongChongTaiNanThuongTich, "Biển cảnh báo nguy hiểm đuối nước tại các điểm sông, suối", 18_000, 5_000, 20, true, true),
        ("23944", 2021, 6, 18, CommunicationChannel.TruyenThongTrucTiep, CommunicationTopic.PhongChongTaiNanThuongTich, "Hướng dẫn kỹ năng an toàn trong môi trường nước cho học sinh", 210, 190, null, true, true),
        ("23977", 2021, 7, 8, CommunicationChannel.LoaTruyenThanh, CommunicationTopic.PhongChongXamHai, "Phát thanh phòng, chống bạo lực, xâm hại trẻ em bằng tiếng Jrai", 2_600, 800, null, true, true),
        ("629", 2021, 6, 10, CommunicationChannel.ToRoi, CommunicationTopic.PhongChongTaiNanThuongTich, "Tờ rơi phòng, chống tai nạn thương tích trẻ em", 4_000, 2_500, 4_000, true, true),
        ("625", 2021, 9, 15, CommunicationChannel.TruyenThongTrucTiep, CommunicationTopic.ThamGiaCuaTreEm, "Diễn đàn nhỏ: trẻ em KBang nói về an toàn trên đường đến trường", 260, 240, null, true, false),
        ("622", 2021, 10, 5, CommunicationChannel.BaoChi, CommunicationTopic.PhongChongXamHai, "Chuyên mục phòng, chống xâm hại trẻ em trên Báo Gia Lai", 40_000, 5_000, null, false, false),
    ];

    private static readonly (string Unit, string Inspector, int Y, int M, int D, string Subject, string Members, string Findings, string Recommendations,
        (int Y, int M, int D)? Due, (int Y, int M, int D)? Done, string? DoneNote)[] Inspections =
    [
        ("23944", "633", 2020, 10, 14, "Kiểm tra công tác bảo vệ trẻ em năm 2020", "Phòng LĐTBXH huyện Chư Sê (03 người)",
            "Xã lập sổ theo dõi trẻ em đầy đủ; chưa cập nhật kịp biến động trẻ em chuyển đi.", "Cập nhật sổ theo dõi hằng tháng.",
            (2020, 12, 31), (2020, 12, 20), "Đã rà soát, cập nhật 12 trường hợp chuyển đi."),
        ("23977", "633", 2021, 9, 22, "Giám sát thực hiện Tháng hành động vì trẻ em 2021", "Phòng LĐTBXH, Hội Liên hiệp Phụ nữ huyện",
            "Xã tổ chức truyền thông phòng, chống đuối nước; chưa có mạng lưới cộng tác viên ở thôn Kênh Ba.",
            "Kiện toàn cộng tác viên thôn Kênh Ba; báo cáo kết quả về Phòng LĐTBXH.", (2021, 11, 30), null, null),
        ("23797", "629", 2021, 8, 17, "Kiểm tra công tác phòng, chống tai nạn thương tích trẻ em", "Phòng LĐTBXH huyện Mang Yang",
            "Đã lắp biển cảnh báo tại 3 điểm suối; chưa phổ cập bơi cho trẻ em.", "Phối hợp trường học tổ chức lớp dạy bơi hè 2022.",
            (2022, 8, 31), (2022, 7, 30), "Đã tổ chức 2 lớp dạy bơi an toàn cho 60 trẻ em."),
    ];

    private static readonly (string Unit, int Y, int M, int D, InjuryKind Kind, InjuryOutcome Outcome, Sex Sex, int Age, string Ethnicity, string Place)[] Injuries =
    [
        ("23944", 2020, 6, 28, InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam, 9, "10", "Suối Ia Tiêm"),
        ("23977", 2020, 7, 19, InjuryKind.DuoiNuoc, InjuryOutcome.BiThuong, Sex.Nu, 7, "10", "Ao nhà hàng xóm, thôn Kênh Ba"),
        ("23945", 2020, 8, 9, InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam, 12, "10", "Hồ thủy lợi"),
        ("23941", 2020, 3, 4, InjuryKind.GiaoThong, InjuryOutcome.BiThuong, Sex.Nam, 14, "01", "Quốc lộ 14"),
        ("23794", 2020, 9, 23, InjuryKind.GiaoThong, InjuryOutcome.BiThuong, Sex.Nu, 11, "13", "Đường liên xã Kon Dơng – Ayun"),
        ("23638", 2020, 1, 26, InjuryKind.Bong, InjuryOutcome.BiThuong, Sex.Nu, 3, "13", "Bếp củi trong nhà"),
        ("23557", 2020, 11, 2, InjuryKind.NgaTeNga, InjuryOutcome.BiThuong, Sex.Nam, 6, "01", "Sân trường tiểu học"),
        ("23944", 2021, 6, 12, InjuryKind.DuoiNuoc, InjuryOutcome.BiThuong, Sex.Nu, 10, "10", "Suối Ia Tiêm"),
        ("23977", 2021, 7, 30, InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, Sex.Nam, 8, "10", "Suối gần làng Ia Ko 2"),
        ("23797", 2021, 8, 14, InjuryKind.DuoiNuoc, InjuryOutcome.BiThuong, Sex.Nam, 13, "13", "Sông Ayun"),
        ("23941", 2021, 4, 18, InjuryKind.GiaoThong, InjuryOutcome.TuVong, Sex.Nam, 15, "01", "Quốc lộ 14"),
        ("622", 2021, 10, 8, InjuryKind.GiaoThong, InjuryOutcome.BiThuong, Sex.Nu, 12, "01", "Đường Trường Chinh, Pleiku"),
        ("23638", 2021, 2, 10, InjuryKind.Bong, InjuryOutcome.BiThuong, Sex.Nam, 2, "13", "Nồi nước sôi trong bếp"),
        ("23641", 2021, 5, 3, InjuryKind.VatNuoiCan, InjuryOutcome.BiThuong, Sex.Nu, 5, "13", "Chó nhà hàng xóm cắn"),
    ];

    /// <summary>Returns the number of records added (0 when the demo activities are already there).</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        if (await db.CommunicationActivities.AnyAsync(ct)) return 0;
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (!units.ContainsKey(DemoSeeder.ProvinceCode)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var c in Communication.Where(c => units.ContainsKey(c.Unit)))
        {
            db.CommunicationActivities.Add(new CommunicationActivity
            {
                UnitId = units[c.Unit], Date = new DateOnly(c.Y, c.M, c.D), Channel = c.Channel, Topic = c.Topic, Title = c.Title, Reach = c.Reach,
                ChildrenReached = c.Children, Copies = c.Copies, RemoteArea = c.Remote, EthnicMinorityArea = c.Dtts, CreatedAt = now,
            });
            added++;
        }
        foreach (var i in Inspections.Where(i => units.ContainsKey(i.Unit) && units.ContainsKey(i.Inspector)))
        {
            db.InspectionVisits.Add(new InspectionVisit
            {
                UnitId = units[i.Unit], InspectorUnitId = units[i.Inspector], Date = new DateOnly(i.Y, i.M, i.D), Subject = i.Subject,
                Members = i.Members, Findings = i.Findings, Recommendations = i.Recommendations,
                FollowUpDue = i.Due is { } due ? new DateOnly(due.Y, due.M, due.D) : null,
                FollowUpDoneOn = i.Done is { } done ? new DateOnly(done.Y, done.M, done.D) : null,
                FollowUpNote = i.DoneNote, CreatedAt = now,
            });
            added++;
        }
        foreach (var x in Injuries.Where(x => units.ContainsKey(x.Unit)))
        {
            db.InjuryRecords.Add(new InjuryRecord
            {
                UnitId = units[x.Unit], Date = new DateOnly(x.Y, x.M, x.D), Kind = x.Kind, Outcome = x.Outcome, Sex = x.Sex, Age = x.Age,
                EthnicityCode = x.Ethnicity, Place = x.Place, CreatedAt = now,
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Demo activities loaded: {Added} records", added);
        return added;
    }
}
