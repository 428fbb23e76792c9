using System.Globalization;
using TreEm.Domain;
using TreEm.Domain.Reports;

namespace TreEm.Web.Documents;

/// <summary>
/// A unit's 6-month or annual report as an administrative document (Decree 30/2020): the agency block with the
/// national name and motto, "Số: .../BC-...", place and date, "BÁO CÁO" and its subject, sections I–IV of the
/// outline of the 2021 plan with the officer's text (III.1 and IV.3 pre-written from the figures when left empty),
/// the charts, "Nơi nhận" and the signature, then the appendices 1–4 as tables on their own pages.
/// </summary>
public static class ReportDocument
{
    /// <summary>The outline (Đề cương) of the 2021 plan: part headings and the numbered sections under them.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<(string Key, string Title)> Sections)> Outline { get; } =
    [
        ("I. ĐẶC ĐIỂM TÌNH HÌNH",
        [
            ("I.1", "1. Tình hình kinh tế - xã hội tác động đến trẻ em, tình hình trẻ em và công tác trẻ em tại địa phương"),
            ("I.2", "2. Những vấn đề trẻ em và công tác trẻ em phát sinh hoặc chưa được giải quyết"),
        ]),
        ("II. KẾT QUẢ THỰC HIỆN",
        [
            ("II.1", "1. Công tác tham mưu, chỉ đạo, giám sát, đánh giá thực hiện quyền trẻ em"),
            ("II.2", "2. Công tác bảo vệ trẻ em (ở 3 cấp độ)"),
            ("II.3", "3. Công tác chăm sóc trẻ em"),
            ("II.4", "4. Công tác giáo dục trẻ em"),
            ("II.5", "5. Công tác văn hóa, thông tin, thể thao, du lịch cho trẻ em"),
            ("II.6", "6. Thực hiện quyền tham gia của trẻ em"),
            ("II.7", "7. Kết quả các dự án, chương trình, vận động xã hội"),
            ("II.8", "8. Hoạt động của Quỹ Bảo trợ trẻ em"),
            ("II.9", "9. Tổng kinh phí đầu tư cho công tác trẻ em"),
        ]),
        ("III. ĐÁNH GIÁ KẾT QUẢ ĐẠT ĐƯỢC",
        [
            ("III.1", "1. So sánh kết quả, hiệu quả so với cùng kỳ năm trước"),
            ("III.2", "2. Những tồn tại, hạn chế"),
            ("III.3", "3. Nguyên nhân của tồn tại, hạn chế"),
        ]),
        ("IV. KẾ HOẠCH",
        [
            ("IV.1", "1. Mục tiêu chung"),
            ("IV.2", "2. Các mục tiêu cụ thể"),
            ("IV.3", "3. Các chỉ tiêu cần đạt"),
            ("IV.4", "4. Nội dung các chương trình, đề án, hoạt động trọng tâm và các mô hình tiếp tục thực hiện"),
            ("IV.5", "5. Dự kiến tổng kinh phí hoạt động"),
        ]),
    ];

    public const string DraftMark = "DỰ THẢO";
    public const string PublicMark = "BẢN CÔNG KHAI";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The document of <paramref name="print"/>.</summary>
    public static OfficialDocument Build(ReportPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var year = print.Period.Year;
        var prefill = ReportWording.Prefill(print.Period, print.Figures, print.Targets);
        var blocks = new List<DocumentBlock>();
        foreach (var (heading, sections) in Outline)
        {
            var title = heading == "IV. KẾ HOẠCH" ? "IV. KẾ HOẠCH " + NextPlan(print.Period).ToUpper(Vi) : heading;
            blocks.Add(new Heading(title));
            foreach (var (key, sectionTitle) in sections)
            {
                blocks.Add(new Heading(key == "III.1" ? $"1. So sánh kết quả, hiệu quả so với cùng kỳ năm {year - 1}" : sectionTitle));
                var text = print.Section(key) ?? prefill.GetValueOrDefault(key);
                if (text is not null) blocks.Add(new Paragraph(text));
                if (key == "III.1") blocks.AddRange(ReportCharts.Pictures(print));
            }
            if (heading.StartsWith("II.", StringComparison.Ordinal))
                blocks.Add(new Paragraph("(Phần số liệu theo các phụ lục 1, 2, 3, 4 kèm theo)", Italic: true));
        }

        var annexes = new List<DocumentBlock>();
        foreach (var table in print.Appendices)
        {
            annexes.Add(new Heading(table.Heading));
            annexes.Add(new Paragraph(table.Title.ToUpper(Vi) + " " + print.PeriodTitle.ToUpper(Vi), Bold: true));
            annexes.Add(new Table(AppendixTable.Columns, table.Lines(print.Public).Select(l => l.Texts).ToList(), AppendixTable.Widths));
            if (print.Public) annexes.Add(new Paragraph(AppendixTable.PublicNote, Italic: true));
        }

        var marks = new List<string>();
        if (print.IsDraft) marks.Add(DraftMark);
        if (print.Public) marks.Add(PublicMark);
        return new OfficialDocument
        {
            ParentAgency = ParentAgency(print),
            Agency = Agency(print),
            Number = Number(print),
            Place = PlaceName(print.Unit),
            Date = print.Date,
            FormCode = marks.Count == 0 ? null : string.Join(" - ", marks),
            Title = "BÁO CÁO",
            Subtitle = Subject(print.Period),
            Blocks = blocks,
            Recipients = new Recipients(RecipientLines(print)),
            Signatures = [Signer(print)],
            Annexes = annexes,
        };
    }

    /// <summary>"Kết quả công tác trẻ em 6 tháng đầu năm 2021\nvà phương hướng, nhiệm vụ 6 tháng cuối năm 2021".</summary>
    public static string Subject(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"Kết quả công tác trẻ em {period.Title}\nvà phương hướng, nhiệm vụ {NextPlan(period)}";
    }

    /// <summary>"6 tháng cuối năm 2021" for a 6-month report, "năm 2022" for an annual one.</summary>
    private static string NextPlan(ReportPeriod period) =>
        period.Kind == ReportPeriodKind.SixMonths
            ? $"6 tháng cuối năm {period.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"năm {(period.Year + 1).ToString(CultureInfo.InvariantCulture)}";

    private static string ParentAgency(ReportPrint p) => p.Tier switch
    {
        UnitTier.Province => "UBND " + p.Unit.Name.ToUpper(Vi),
        _ => p.Parent is null ? "" : "UBND " + (p.Tier == UnitTier.District ? p.Unit.Name : p.Parent.Name).ToUpper(Vi),
    };

    private static string Agency(ReportPrint p) => p.Tier switch
    {
        UnitTier.Province => "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        UnitTier.District => "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        _ => "UBND " + p.Unit.Name.ToUpper(Vi),
    };

    /// <summary>"Số: 15/BC-LĐTBXH" as written by the officer, or a blank number to fill in by hand.</summary>
    private static string Number(ReportPrint p)
    {
        var number = p.Report.Number?.Trim();
        if (!string.IsNullOrEmpty(number))
            return number.StartsWith("Số", StringComparison.OrdinalIgnoreCase) ? number : "Số: " + number;
        var symbol = p.Tier switch
        {
            UnitTier.Province => "SLĐTBXH",
            UnitTier.District => "LĐTBXH",
            _ => "UBND",
        };
        return $"Số:        /BC-{symbol}";
    }

    /// <summary>"Xã Ia Tiêm" → "Ia Tiêm", "Tỉnh Gia Lai" → "Gia Lai": the place name of the date line.</summary>
    public static string PlaceName(OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        foreach (var prefix in new[] { "Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Quận ", "Phường ", "Xã ", "Tỉnh " })
            if (unit.Name.StartsWith(prefix, StringComparison.Ordinal)) return unit.Name[prefix.Length..];
        return unit.Name;
    }

    private static List<string> RecipientLines(ReportPrint p)
    {
        var lines = p.Tier switch
        {
            UnitTier.Province => new List<string>
            {
                "- Bộ Lao động - Thương binh và Xã hội (để b/c);",
                "- UBND tỉnh (để b/c);",
            },
            UnitTier.District => ["- Sở Lao động - Thương binh và Xã hội (để b/c);", "- UBND " + (p.Unit.Name) + " (để b/c);"],
            _ => ["- Phòng Lao động - Thương binh và Xã hội " + (p.Parent?.Name ?? "") + " (để b/c);"],
        };
        lines.Add("- Lưu: VT.");
        return lines;
    }

    /// <summary>
    /// The signature: the report's signer title, one line per line typed (the first line of two is the authority,
    /// e.g. "KT. TRƯỞNG PHÒNG" above "PHÓ TRƯỞNG PHÒNG"), and the signer's name.
    /// </summary>
    private static Signature Signer(ReportPrint p)
    {
        var lines = (p.Report.SignerTitle ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToUpper(Vi)).ToList();
        if (lines.Count == 0)
            lines = p.Tier switch
            {
                UnitTier.Province => ["GIÁM ĐỐC"],
                UnitTier.District => ["TRƯỞNG PHÒNG"],
                _ => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            };
        var name = string.IsNullOrWhiteSpace(p.Report.SignerName) ? null : p.Report.SignerName.Trim();
        return lines.Count == 1
            ? new Signature(null, lines[0], name)
            : new Signature(lines[0], string.Join(" ", lines.Skip(1)), name);
    }
}
