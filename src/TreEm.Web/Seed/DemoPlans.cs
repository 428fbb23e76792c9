using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Plans;

namespace TreEm.Web.Seed;

/// <summary>
/// The Gia Lai plan for 2021 (Kế hoạch 18/KH-SLĐTB&amp;XH of 18/3/2021) with its legal bases, its ten tasks in short and
/// its seven targets, and the Chư Sê district plan derived from it. Target 5 ("carry out the approved programmes")
/// is qualitative in the plan; the demo measures it by the children screened under the screening programme of task 8
/// (KHAM_SANG_LOC_SO ≥ 300, a demo value). Target 6 is two rows of order 6: injuries and abused children, each below
/// the same span of 2020. The Chư Sê plan's number and date are demo values. Idempotent.
/// </summary>
public static class DemoPlans
{
    public const string ProvinceNumber = "18/KH-SLĐTB&XH";
    public const string ChuSeNumber = "32/KH-LĐTBXH";
    public const string ChuSeCode = "633";
    public static readonly DateOnly ProvinceIssuedOn = new(2021, 3, 18);
    public static readonly DateOnly ChuSeIssuedOn = new(2021, 4, 2);

    public const string Title = "Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2021";

    public static readonly string[] LegalBases =
    [
        "Công văn số 375/LĐTBXH-TE ngày 23/02/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn thực hiện công tác trẻ em năm 2021",
        "Công văn số 739/VP-KGVX ngày 26/02/2021 của Văn phòng Ủy ban nhân dân tỉnh về việc triển khai thực hiện công tác trẻ em năm 2021",
    ];

    public static readonly string[] Tasks =
    [
        "Tham mưu ban hành và tổ chức thực hiện các nghị quyết, chương trình, đề án, kế hoạch về bảo vệ, chăm sóc trẻ em (Luật trẻ em, Nghị quyết 121/2020/QH14, Chỉ thị 23/CT-TTg, Quyết định 23/QĐ-TTg, Thông tư 14/2020/TT-BLĐTBXH về chăm sóc thay thế, các kế hoạch của UBND tỉnh giai đoạn 2020-2025)",
        "Nâng cao trách nhiệm của các cấp, các ngành và người đứng đầu trong chỉ đạo, thực hiện quyền trẻ em và giải quyết các vụ việc vi phạm quyền trẻ em",
        "Đẩy mạnh truyền thông về bảo vệ, chăm sóc trẻ em, quảng bá Tổng đài 111; tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em các cấp và Tết Trung thu năm 2021",
        "Kiện toàn Ban chỉ đạo công tác trẻ em các cấp, nhóm thường trực bảo vệ trẻ em cấp xã, mạng lưới cộng tác viên; tập huấn cho cán bộ làm công tác trẻ em",
        "Xây dựng xã, phường, thị trấn phù hợp với trẻ em; phòng ngừa tai nạn thương tích, nhất là đuối nước và tai nạn giao thông",
        "Củng cố hệ thống dịch vụ bảo vệ trẻ em; duy trì và nhân rộng các mô hình, trong đó có Văn phòng tư vấn trẻ em Chư Sê và Mang Yang",
        "Phối hợp liên ngành, với cơ quan tư pháp và Tổng đài 111 trong phòng ngừa, phát hiện, hỗ trợ, can thiệp các vụ việc xâm hại trẻ em",
        "Vận động nguồn lực hỗ trợ trẻ em có hoàn cảnh khó khăn, ưu tiên xã đặc biệt khó khăn, vùng dân tộc thiểu số; khám sàng lọc, phẫu thuật cho trẻ em khuyết tật, tim bẩm sinh",
        "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về trẻ em và các biện pháp bảo đảm môi trường sống an toàn cho trẻ em",
        "Thu thập thông tin, thống kê, báo cáo về trẻ em; báo cáo 6 tháng trước ngày 25/5/2021 và báo cáo năm trước ngày 20/11/2021",
    ];

    /// <summary>The seven targets of section I.2 (target 6 as two rows).</summary>
    public static IReadOnlyList<PlanTarget> Targets() =>
    [
        new() { Order = 1, IndicatorCode = "HCDB_TRO_GIUP_PT", Comparator = TargetComparator.AtLeast, Value = 98.5m,
            Text = "98,5% trẻ em có hoàn cảnh đặc biệt được trợ giúp dưới nhiều hình thức" },
        new() { Order = 2, IndicatorCode = "SU_KIEN_HUYEN_PT", Comparator = TargetComparator.Equal, Value = 100m,
            Text = "100% huyện, thị xã, thành phố tổ chức Tháng hành động vì trẻ em, Tết Trung thu, Diễn đàn trẻ em" },
        new() { Order = 3, IndicatorCode = "CAN_BO_TAP_HUAN_PT", Comparator = TargetComparator.Equal, Value = 100m,
            Text = "100% cán bộ làm công tác trẻ em các cấp được bồi dưỡng, tập huấn" },
        new() { Order = 4, IndicatorCode = "XAM_HAI_KIP_THOI_PT", Comparator = TargetComparator.Equal, Value = 100m,
            Text = "100% trẻ em bị xâm hại khi phát hiện được hỗ trợ, quản lý, can thiệp kịp thời" },
        new() { Order = 5, IndicatorCode = "KHAM_SANG_LOC_SO", Comparator = TargetComparator.AtLeast, Value = 300m,
            Text = "Triển khai có hiệu quả các chương trình, đề án về trẻ em (đo bằng số trẻ em được khám sàng lọc)" },
        new() { Order = 6, IndicatorCode = "TNTT_SO", Comparator = TargetComparator.BelowPreviousYear,
            Text = "Giảm trẻ em bị tai nạn thương tích so với năm 2020" },
        new() { Order = 6, IndicatorCode = "TE_BI_XAM_HAI", Comparator = TargetComparator.BelowPreviousYear,
            Text = "Giảm trẻ em bị xâm hại so với năm 2020" },
        new() { Order = 7, IndicatorCode = "QUY_VAN_DONG", Comparator = TargetComparator.AtLeast, Value = 4_000_000_000m,
            Text = "Vận động Quỹ Bảo trợ trẻ em tỉnh từ 4 tỷ đồng trở lên (tiền mặt, hiện vật và các chương trình)" },
    ];

    /// <summary>Adds the two plans when the province plan is missing; returns the number of plans added.</summary>
    public static async Task<int> SeedAsync(TreEmDbContext db, TimeProvider time, ILogger? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Plans.AnyAsync(p => p.Year == 2021 && p.Number == ProvinceNumber, ct)) return 0;
        var province = await db.Units.FirstOrDefaultAsync(u => u.Code == DemoSeeder.ProvinceCode, ct);
        var chuSe = await db.Units.FirstOrDefaultAsync(u => u.Code == ChuSeCode, ct);
        if (province is null) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan
        {
            UnitId = province.Id, Unit = province, Year = 2021, Number = ProvinceNumber, IssuedOn = ProvinceIssuedOn, Title = Title,
            LegalBases = string.Join("\n", LegalBases), Tasks = string.Join("\n", Tasks), CreatedAt = now, CreatedBy = "demo",
            Targets = Targets().ToList(),
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        var added = 1;
        if (chuSe is not null)
        {
            db.Plans.Add(PlanDerivation.Derive(plan, chuSe, ChuSeNumber, ChuSeIssuedOn,
                "Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2021 trên địa bàn huyện Chư Sê", now, "demo"));
            await db.SaveChangesAsync(ct);
            added++;
        }
        log?.LogInformation("Demo plans loaded: {Added}", added);
        return added;
    }
}
