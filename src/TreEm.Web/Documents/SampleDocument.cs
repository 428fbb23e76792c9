namespace TreEm.Web.Documents;

/// <summary>A sample report with every kind of block and enough text for several pages: the demo at /documents/sample.docx and .pdf.</summary>
public static class SampleDocument
{
    public static OfficialDocument Create(DateOnly date)
    {
        string[] villages = ["Làng Tiêm", "Làng Ia Tiêm 2", "Làng Blang", "Thôn Hòa Bình"];
        var rows = villages.Select((v, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v,
            (120 + i * 17).ToString(System.Globalization.CultureInfo.InvariantCulture), (3 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (1 + i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            i % 3 == 0 ? "Đã thăm hộ gia đình, lập kế hoạch hỗ trợ cá nhân cho các em có hoàn cảnh đặc biệt khó khăn" : ""]).ToList();
        var totals = rows.Aggregate((Children: 0, Special: 0, Risk: 0), (t, r) =>
            (t.Children + int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture),
             t.Special + int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture),
             t.Risk + int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(["", "Tổng cộng", totals.Children.ToString(System.Globalization.CultureInfo.InvariantCulture),
            totals.Special.ToString(System.Globalization.CultureInfo.InvariantCulture), totals.Risk.ToString(System.Globalization.CultureInfo.InvariantCulture), ""]);

        return new OfficialDocument
        {
            ParentAgency = "UBND HUYỆN CHƯ SÊ",
            Agency = "UBND XÃ IA TIÊM",
            Number = "Số: 12/BC-UBND",
            Place = "Ia Tiêm",
            Date = date,
            FormCode = "Mẫu minh họa",
            Title = "BÁO CÁO",
            Subtitle = "Tình hình thực hiện công tác bảo vệ, chăm sóc trẻ em\nvà phòng ngừa xâm hại trẻ em trên địa bàn xã",
            Blocks =
            [
                new Paragraph("Thực hiện Kế hoạch số 1369/KH-UBND ngày 21/9/2021 của Ủy ban nhân dân tỉnh Gia Lai và hướng dẫn của Ủy ban nhân dân huyện Chư Sê, Ủy ban nhân dân xã Ia Tiêm báo cáo tình hình thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn xã như sau:"),
                new Heading("I. TÌNH HÌNH CHUNG"),
                new Paragraph("Xã Ia Tiêm có 4 làng, thôn, phần lớn là đồng bào dân tộc thiểu số Jrai và Bahnar sinh sống; đời sống của nhân dân còn nhiều khó khăn, tỷ lệ hộ nghèo và cận nghèo cao. Trẻ em dưới 16 tuổi chiếm gần một phần ba dân số; nhiều em ở với ông bà khi cha mẹ đi làm ăn xa, một số em phải nghỉ học sớm để phụ giúp gia đình trong mùa thu hoạch cà phê, hồ tiêu."),
                new Paragraph("Trong kỳ báo cáo, Ủy ban nhân dân xã đã chỉ đạo công chức văn hóa - xã hội, cộng tác viên và trưởng các làng rà soát, cập nhật thông tin trẻ em vào hệ thống quản lý; phối hợp với trường học, trạm y tế và công an xã theo dõi các trường hợp trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt, kịp thời can thiệp, hỗ trợ theo quy định của Luật Trẻ em năm 2016 và Nghị định số 56/2017/NĐ-CP."),
                new Heading("II. KẾT QUẢ THỰC HIỆN"),
                new Heading("1. Số liệu trẻ em theo làng"),
                new Table(
                    ["STT", "Làng", "Số trẻ em", "Trẻ em có hoàn cảnh đặc biệt", "Trẻ em có nguy cơ", "Ghi chú"],
                    rows, [0.8, 2.2, 1.2, 1.6, 1.4, 3.0], LastRowIsTotal: true),
                new Heading("2. Thông tin người lập báo cáo"),
                new Fields(("Họ và tên", "Rơ Châm H'Lan"), ("Chức vụ", "Công chức văn hóa - xã hội"), ("Số điện thoại", null), ("Địa chỉ thư điện tử", null)),
                new Checklist("Hình thức gửi báo cáo", ["Văn bản giấy", "Hệ thống TreEm", "Thư điện tử"], ["Văn bản giấy", "Hệ thống TreEm"]),
                new Heading("3. Công tác tuyên truyền, hỗ trợ"),
                new Paragraph("Tổ chức 12 buổi tuyên truyền tại nhà rông các làng, thôn về phòng, chống xâm hại trẻ em, phòng chống đuối nước và tai nạn thương tích; phát tờ rơi song ngữ Việt - Jrai; giới thiệu Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đến từng hộ gia đình có trẻ em. Phối hợp với Đoàn Thanh niên tổ chức sân chơi hè, tặng 150 suất quà và 40 bộ sách giáo khoa cho trẻ em có hoàn cảnh khó khăn."),
                new Paragraph("Đối với các trường hợp trẻ em có nguy cơ bỏ học, cộng tác viên đã đến thăm từng gia đình, vận động cha mẹ cho các em trở lại trường; phối hợp với nhà trường miễn, giảm các khoản đóng góp và bố trí chỗ ở bán trú cho các em ở làng xa. Những trường hợp cần hỗ trợ khẩn cấp được báo cáo ngay với Phòng Văn hóa - Xã hội huyện để phối hợp giải quyết."),
                new Heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT"),
                new Paragraph("Đội ngũ cộng tác viên còn mỏng, chưa được tập huấn thường xuyên; kinh phí cho công tác bảo vệ trẻ em ở cấp xã còn hạn chế; một số gia đình chưa nhận thức đầy đủ trách nhiệm chăm sóc, giáo dục con em. Đề nghị Ủy ban nhân dân huyện quan tâm bố trí kinh phí, tổ chức tập huấn nghiệp vụ quản lý trường hợp cho cán bộ cấp xã và cộng tác viên thôn, làng."),
                new Paragraph("Ủy ban nhân dân xã Ia Tiêm kính báo cáo./.", Italic: true),
            ],
            Recipients = new Recipients(["- UBND huyện Chư Sê (b/c);", "- Phòng Văn hóa - Xã hội huyện;", "- Thường trực Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."]),
            Signatures = [new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Siu Đình")],
        };
    }
}
