using System.Globalization;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Web.Documents;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Cases.Forms;

/// <summary>
/// The forms of Decree 56/2017 (Phụ lục) filled in from a case, as <see cref="OfficialDocument"/>s that print as Word
/// and PDF with the Decree 30/2020 header. Each form exists once the step it records has been done.
/// </summary>
public static class CaseForms
{
    public sealed record FormInfo(string Code, string Title);

    public static readonly IReadOnlyList<FormInfo> All =
    [
        new("01", "Báo cáo tiếp nhận thông tin trẻ em"),
        new("02", "Đánh giá nguy cơ ban đầu, mức độ tổn hại"),
        new("03", "Thu thập thông tin, đánh giá nguy cơ cụ thể"),
        new("04", "Kế hoạch hỗ trợ, can thiệp"),
        new("05", "Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp"),
        new("06", "Rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện kế hoạch"),
        new("07", "Quyết định tạm thời cách ly trẻ em"),
    ];

    /// <summary>The forms this case can print now (a form needs the step it records).</summary>
    public static IEnumerable<FormInfo> Available(Case c) => All.Where(f => Build(c, f.Code) is not null);

    /// <summary>The form filled in from the case; null when the case has not reached that step.</summary>
    public static OfficialDocument? Build(Case c, string code) => code switch
    {
        "01" => Intake(c),
        "02" => Assessment(c, AssessmentKind.BanDau),
        "03" => Assessment(c, AssessmentKind.CuThe),
        "04" => Plan(c),
        "05" => Approval(c),
        "06" => Assessment(c, AssessmentKind.RaSoat),
        "07" => Separation(c),
        _ => null,
    };

    private static OfficialDocument Header(Case c, string form, DateTime at, string title, string? subtitle, string? number,
        IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<Signature> signatures, Recipients? recipients = null)
    {
        var unit = c.Unit!;
        return new OfficialDocument
        {
            ParentAgency = unit.Parent is { } parent ? "UBND " + parent.Name.ToUpper(Vi) : "",
            Agency = "UBND " + unit.Name.ToUpper(Vi),
            Number = number,
            Place = PlaceName(unit),
            Date = DateOnly.FromDateTime(Display.ToVietnamTime(at)),
            FormCode = "Mẫu số " + form,
            Title = title,
            Subtitle = subtitle,
            Blocks = blocks,
            Signatures = signatures,
            Recipients = recipients,
        };
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"Xã Ia Tiêm" → "Ia Tiêm": the place name of the date line.</summary>
    private static string PlaceName(OrgUnit unit)
    {
        foreach (var prefix in new[] { "Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Phường ", "Xã ", "Tỉnh " })
            if (unit.Name.StartsWith(prefix, StringComparison.Ordinal)) return unit.Name[prefix.Length..];
        return unit.Name;
    }

    private static OfficialDocument Intake(Case c)
    {
        var blocks = new List<DocumentBlock>
        {
            new Heading("A. THÔNG TIN CHUNG"),
            new Heading("1. Nguồn nhận thông tin"),
            new Checklist("Hình thức", ["Qua điện thoại", "Gặp trực tiếp", "Người khác báo", "Văn bản", "Trực tuyến"],
                [Channel(c.Channel)]),
            new Fields(
                ("Nguồn thông tin", Source(c.Source)),
                ("Mã số của Tổng đài 111", c.HotlineReference),
                ("Giờ, ngày tiếp nhận", Display.DateTime(c.ReceivedAt))),
            new Heading("2. Thông tin trẻ em"),
        };
        var n = 0;
        foreach (var child in c.Children)
        {
            n++;
            var reg = child.Child;
            var name = reg?.FullName ?? child.FullName;
            string? birth = reg?.DateOfBirth is { } d ? Display.Date(d)
                : child.DateOfBirth is { } d2 ? Display.Date(d2)
                : child.EstimatedAge is { } age ? $"khoảng {age} tuổi (ước lượng)" : null;
            blocks.Add(new Fields(
                ($"Trẻ em thứ {n}: họ và tên", string.IsNullOrWhiteSpace(name) ? "Chưa rõ" : name),
                ("Ngày, tháng, năm sinh hoặc ước lượng tuổi", birth)));
            var sex = reg is not null ? (reg.Sex == Domain.Children.Sex.Nam ? "Nam" : "Nữ")
                : child.Sex switch { CaseChildSex.Nam => "Nam", CaseChildSex.Nu => "Nữ", _ => "Không biết" };
            blocks.Add(new Checklist("Giới tính", ["Nam", "Nữ", "Không biết"], [sex]));
        }
        blocks.Add(new Fields(
            ("Địa điểm xảy ra vụ việc", c.Place),
            ("Tình trạng trẻ em", c.ChildCondition),
            ("Người bị nghi gây tổn hại", c.AllegedPerpetrator),
            ("Quan hệ với trẻ em", c.PerpetratorRelation),
            ("Những hành động đã thực hiện trước khi nhận thông tin", c.ActionsTaken)));
        blocks.Add(new Checklist("Hình thức xâm hại", AbuseNames.Values.ToList(),
            AbuseNames.Where(a => c.AbuseForms.HasFlag(a.Key)).Select(a => a.Value).ToList()));
        blocks.Add(new Paragraph("Nội dung thông tin: " + c.Description));
        blocks.Add(new Heading("3. Người cung cấp thông tin"));
        blocks.Add(c.ReporterAnonymous
            ? new Paragraph("Người cung cấp thông tin không đồng ý cung cấp thông tin cá nhân.", Italic: true)
            : new Fields(("Họ và tên", c.ReporterName), ("Số điện thoại", c.ReporterPhone), ("Địa chỉ", c.ReporterAddress)));
        blocks.Add(new Checklist("Trẻ em thuộc đối tượng",
            ["Bị xâm hại", "Có nguy cơ bị bạo lực, bóc lột, bỏ rơi", "Có hoàn cảnh đặc biệt"],
            [c.Concern switch { CaseConcern.BiXamHai => "Bị xâm hại", CaseConcern.CoNguyCo => "Có nguy cơ bị bạo lực, bóc lột, bỏ rơi", _ => "Có hoàn cảnh đặc biệt" }]));
        return Header(c, "01", c.ReceivedAt, "BÁO CÁO", "Tiếp nhận thông tin trẻ em", $"Số: {c.Code}/BC-TN", blocks,
            [new Signature(null, "NGƯỜI TIẾP NHẬN", c.ReceiverName, "(Ký, ghi rõ họ tên)")]);
    }

    private static OfficialDocument? Assessment(Case c, AssessmentKind kind)
    {
        var a = c.Assessments.Where(x => x.Kind == kind).MaxBy(x => x.AssessedAt);
        if (a is null) return null;
        var ratings = a.Items.ToDictionary(i => i.ItemCode, i => i.Rating);
        var score = AssessmentForms.Compute(kind, ratings);
        var blocks = new List<DocumentBlock>
        {
            new Fields(
                ("Họ và tên trẻ em", ChildNames(c)),
                ("Họ và tên cán bộ thực hiện", a.AssessorName),
                ("Ngày thực hiện", Display.DateTime(a.AssessedAt)),
                ("Mã vụ việc", c.Code)),
        };
        var items = AssessmentForms.ItemsOf(kind);
        var roman = 0;
        foreach (var section in AssessmentForms.Sections)
        {
            roman++;
            blocks.Add(new Heading($"{(roman == 1 ? "I" : "II")}. {section.Title.ToUpper(Vi)}"));
            var rows = new List<IReadOnlyList<string>>();
            var i = 0;
            foreach (var item in items.Where(x => x.Section == section.Code))
            {
                i++;
                var r = ratings[item.Code];
                var note = a.Items.First(x => x.ItemCode == item.Code).Note ?? "";
                rows.Add([i.ToString(CultureInfo.InvariantCulture), item.Text,
                    r == RiskRating.Cao ? "X" : "", r == RiskRating.TrungBinh ? "X" : "", r == RiskRating.Thap ? "X" : "", note]);
            }
            var s = score.Sections.Single(x => x.Section == section.Code);
            rows.Add(["", "Tổng số", Count(s.Cao), Count(s.TrungBinh), Count(s.Thap), $"{s.Points} điểm"]);
            blocks.Add(new Table(["STT", "Nội dung đánh giá", "Cao", "Trung bình", "Thấp", "Ghi chú"], rows,
                [0.6, 5, 1, 1.3, 1, 2.5], LastRowIsTotal: true));
        }
        blocks.Add(new Fields(("Mức độ nguy cơ chung", AssessmentForms.RatingName(a.Level)), ("Tổng điểm", Count(score.Points))));
        blocks.Add(new Paragraph("Nhận định: " + a.Findings));
        switch (kind)
        {
            case AssessmentKind.BanDau:
                blocks.Add(new Checklist("Cần áp dụng biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly", ["Có", "Không"],
                    [a.NeedsEmergency ? "Có" : "Không"]));
                break;
            case AssessmentKind.CuThe:
                blocks.Add(new Heading("III. BIÊN BẢN CUỘC HỌP"));
                blocks.Add(new Fields(("Thời gian", Display.DateTime(a.MeetingAt)), ("Thành phần", a.MeetingParticipants)));
                blocks.Add(new Paragraph(a.MeetingMinutes ?? ""));
                if (a.AbuseConfirmed is { } confirmed)
                    blocks.Add(new Checklist("Xác định trẻ em bị xâm hại", ["Có", "Không"], [confirmed ? "Có" : "Không"]));
                break;
            default:
                blocks.Add(new Checklist("Đề xuất", ["Tiếp tục thực hiện kế hoạch", "Xây dựng kế hoạch mới", "Kết thúc kế hoạch, đóng hồ sơ"],
                    [a.Proposal switch
                    {
                        ReviewProposal.TiepTuc => "Tiếp tục thực hiện kế hoạch",
                        ReviewProposal.KeHoachMoi => "Xây dựng kế hoạch mới",
                        _ => "Kết thúc kế hoạch, đóng hồ sơ",
                    }]));
                break;
        }
        var form = AssessmentForms.FormCode(kind);
        var title = kind switch
        {
            AssessmentKind.BanDau => "ĐÁNH GIÁ NGUY CƠ BAN ĐẦU, MỨC ĐỘ TỔN HẠI",
            AssessmentKind.CuThe => "THU THẬP THÔNG TIN, ĐÁNH GIÁ NGUY CƠ CỤ THỂ",
            _ => "RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM",
        };
        var subtitle = kind == AssessmentKind.RaSoat ? "Sau khi thực hiện kế hoạch hỗ trợ, can thiệp" : null;
        return Header(c, form, a.AssessedAt, title, subtitle, null, blocks,
            [new Signature(null, "NGƯỜI THỰC HIỆN", a.AssessorName, "(Ký, ghi rõ họ tên)")]);
    }

    private static OfficialDocument? Plan(Case c)
    {
        var plan = c.Plans.MaxBy(p => p.Sequence);
        if (plan is null) return null;
        var blocks = PlanBlocks(c, plan);
        return Header(c, "04", plan.DraftedAt, "KẾ HOẠCH", "Hỗ trợ, can thiệp đối với trẻ em", null, blocks,
            [new Signature(null, "NGƯỜI LẬP KẾ HOẠCH", plan.DrafterName, "(Ký, ghi rõ họ tên)")]);
    }

    private static List<DocumentBlock> PlanBlocks(Case c, InterventionPlan plan)
    {
        var rows = plan.Tasks.OrderBy(t => t.DueOn).Select((t, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), t.Title,
            t.AssigneeAgency?.Name ?? t.AssigneeUser?.FullName ?? "",
            Display.Date(t.DueOn), t.Outcome ?? "",
        ]).ToList();
        return
        [
            new Fields(("Họ và tên trẻ em", ChildNames(c)), ("Mã vụ việc", c.Code), ("Kế hoạch lần thứ", Count(plan.Sequence))),
            new Heading("I. MỤC TIÊU"),
            new Paragraph(plan.Objectives),
            new Heading("II. HOẠT ĐỘNG HỖ TRỢ, CAN THIỆP"),
            new Paragraph(string.IsNullOrWhiteSpace(plan.Activities) ? "Theo bảng dưới đây." : plan.Activities),
            new Table(["STT", "Hoạt động", "Người, cơ quan thực hiện", "Thời hạn", "Kết quả"], rows, [0.6, 4, 3, 1.6, 3]),
        ];
    }

    private static OfficialDocument? Approval(Case c)
    {
        var plan = c.Plans.Where(p => p.Status is PlanStatus.DaPheDuyet or PlanStatus.HoanThanh or PlanStatus.ThayThe && p.DecidedAt is not null)
            .MaxBy(p => p.Sequence);
        if (plan is null) return null;
        var commune = c.Unit!.Name;
        var blocks = new List<DocumentBlock>
        {
            new Heading("CHỦ TỊCH ỦY BAN NHÂN DÂN " + commune.ToUpper(Vi)),
            new Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương; Luật Trẻ em ngày 05 tháng 4 năm 2016;", Italic: true),
            new Paragraph("Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;", Italic: true),
            new Paragraph("Xét đề nghị của người làm công tác bảo vệ trẻ em cấp xã.", Italic: true),
            new Heading("QUYẾT ĐỊNH:"),
            new Paragraph($"Điều 1. Phê duyệt Kế hoạch hỗ trợ, can thiệp đối với trẻ em {ChildNames(c)} (vụ việc {c.Code}), kèm theo Quyết định này."),
            new Paragraph("Điều 2. Người làm công tác bảo vệ trẻ em cấp xã, các cơ quan, tổ chức, cá nhân có tên trong Kế hoạch có trách nhiệm tổ chức thực hiện; định kỳ rà soát, đánh giá và báo cáo kết quả."),
            new Paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
        };
        if (!string.IsNullOrWhiteSpace(plan.DecisionNote)) blocks.Add(new Paragraph("Ghi chú: " + plan.DecisionNote, Italic: true));
        blocks.AddRange(PlanBlocks(c, plan));
        return Header(c, "05", plan.DecidedAt!.Value, "QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em",
            Number(plan.ApprovalNumber), blocks,
            [new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", plan.DeciderName)],
            new Recipients(["- Như Điều 2;", "- Lưu: VT."]));
    }

    private static OfficialDocument? Separation(Case c)
    {
        var d = c.Separations.MaxBy(s => s.DecidedAt);
        if (d is null) return null;
        var commune = c.Unit!.Name;
        var separation = d.Kind == EmergencyMeasureKind.TamThoiCachLy;
        var blocks = new List<DocumentBlock>
        {
            new Heading("CHỦ TỊCH ỦY BAN NHÂN DÂN " + commune.ToUpper(Vi)),
            new Paragraph("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;", Italic: true),
            new Paragraph("Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;", Italic: true),
            new Paragraph("Xét báo cáo đánh giá nguy cơ ban đầu và đề nghị của người làm công tác bảo vệ trẻ em cấp xã.", Italic: true),
            new Heading("QUYẾT ĐỊNH:"),
            new Paragraph(separation
                ? $"Điều 1. Tạm thời cách ly trẻ em {ChildNames(c)} khỏi cha, mẹ, người chăm sóc trẻ em từ {Display.DateTime(d.From)} đến {Display.DateTime(d.Until)}."
                : $"Điều 1. Áp dụng biện pháp can thiệp khẩn cấp đối với trẻ em {ChildNames(c)} từ {Display.DateTime(d.From)} đến {Display.DateTime(d.Until)}."),
            new Fields(("Nơi chăm sóc tạm thời", d.CarePlace), ("Người chăm sóc tạm thời", d.Carer)),
            new Paragraph("Điều 2. Các biện pháp bảo đảm an toàn cho trẻ em: " + d.Measures),
            new Paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Người làm công tác bảo vệ trẻ em cấp xã, cha, mẹ, người chăm sóc trẻ em và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."),
        };
        return Header(c, "07", d.DecidedAt, "QUYẾT ĐỊNH",
            separation ? "Về việc tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc trẻ em" : "Về việc áp dụng biện pháp can thiệp khẩn cấp đối với trẻ em",
            Number(d.DecisionNumber), blocks,
            [new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.DeciderName)],
            new Recipients(["- Như Điều 3;", "- Lưu: VT."]));
    }

    private static string? Number(string? number) =>
        string.IsNullOrWhiteSpace(number) ? "Số:       /QĐ-UBND" : number.StartsWith("Số", StringComparison.Ordinal) ? number : "Số: " + number;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string ChildNames(Case c) => string.Join(", ", c.Children.Select(x =>
        x.Child?.FullName ?? (string.IsNullOrWhiteSpace(x.FullName) ? "(chưa rõ tên)" : x.FullName)));

    // The labels below are the forms' own wording, always Vietnamese whatever language the screen is in
    // (CaseText follows the user's language).
    private static readonly IReadOnlyDictionary<AbuseForm, string> AbuseNames = new Dictionary<AbuseForm, string>
    {
        [AbuseForm.BaoLuc] = "Bạo lực",
        [AbuseForm.BocLot] = "Bóc lột",
        [AbuseForm.XamHaiTinhDuc] = "Xâm hại tình dục",
        [AbuseForm.MuaBan] = "Mua bán",
        [AbuseForm.BoRoi] = "Bỏ rơi",
        [AbuseForm.BoMac] = "Bỏ mặc",
        [AbuseForm.Khac] = "Hình thức khác",
    };

    private static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.DienThoai => "Qua điện thoại",
        IntakeChannel.TrucTiep => "Gặp trực tiếp",
        IntakeChannel.NguoiKhacBao => "Người khác báo",
        IntakeChannel.VanBan => "Văn bản",
        _ => "Trực tuyến",
    };

    private static string Source(CaseSource source) => source switch
    {
        CaseSource.TongDai111 => "Tổng đài 111",
        CaseSource.CongAn => "Công an",
        CaseSource.TruongHoc => "Trường học",
        CaseSource.YTe => "Y tế",
        CaseSource.GiaDinh => "Gia đình",
        CaseSource.HangXom => "Hàng xóm",
        CaseSource.TreEm => "Trẻ em",
        CaseSource.UbndXa => "UBND xã",
        CaseSource.Web => "Trang thông tin điện tử",
        _ => "Khác",
    };
}
