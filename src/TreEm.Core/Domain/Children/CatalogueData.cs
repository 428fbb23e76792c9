namespace TreEm.Domain.Children;

/// <summary>The catalogues as the law and the statistics office publish them; loaded by the migrations.</summary>
public static class CatalogueData
{
    public static readonly DateOnly LawInForce = new(2017, 6, 1);

    /// <summary>The 54 ethnic groups with the statistics office's codes.</summary>
    public static IReadOnlyList<(string Code, string Name)> Ethnicities { get; } =
    [
        ("01", "Kinh"), ("02", "Tày"), ("03", "Thái"), ("04", "Hoa"), ("05", "Khơ-me"), ("06", "Mường"), ("07", "Nùng"),
        ("08", "Mông"), ("09", "Dao"), ("10", "Gia-rai"), ("11", "Ngái"), ("12", "Ê-đê"), ("13", "Ba-na"), ("14", "Xơ-đăng"),
        ("15", "Sán Chay"), ("16", "Cơ-ho"), ("17", "Chăm"), ("18", "Sán Dìu"), ("19", "Hrê"), ("20", "Mnông"),
        ("21", "Ra-glai"), ("22", "Xtiêng"), ("23", "Bru-Vân Kiều"), ("24", "Thổ"), ("25", "Giáy"), ("26", "Cơ-tu"),
        ("27", "Gié-Triêng"), ("28", "Mạ"), ("29", "Khơ-mú"), ("30", "Co"), ("31", "Tà-ôi"), ("32", "Chơ-ro"),
        ("33", "Kháng"), ("34", "Xinh-mun"), ("35", "Hà Nhì"), ("36", "Chu-ru"), ("37", "Lào"), ("38", "La Chí"),
        ("39", "La Ha"), ("40", "Phù Lá"), ("41", "La Hủ"), ("42", "Lự"), ("43", "Lô Lô"), ("44", "Chứt"), ("45", "Mảng"),
        ("46", "Pà Thẻn"), ("47", "Cờ Lao"), ("48", "Cống"), ("49", "Bố Y"), ("50", "Si La"), ("51", "Pu Péo"),
        ("52", "Brâu"), ("53", "Ơ-đu"), ("54", "Rơ-măm"),
    ];

    /// <summary>Law on Children 2016, Art. 10(1).</summary>
    public static IReadOnlyList<(string Code, string Name, string NameEn)> Groups { get; } =
    [
        ("a", "Trẻ em mồ côi cả cha và mẹ", "Orphaned of both parents"),
        ("b", "Trẻ em bị bỏ rơi", "Abandoned"),
        ("c", "Trẻ em không nơi nương tựa", "Without anyone to rely on"),
        ("d", "Trẻ em khuyết tật", "With disabilities"),
        ("đ", "Trẻ em nhiễm HIV/AIDS", "Living with HIV/AIDS"),
        ("e", "Trẻ em vi phạm pháp luật", "In conflict with the law"),
        ("g", "Trẻ em nghiện ma túy", "Drug-addicted"),
        ("h", "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở", "Dropped out of school to earn a living"),
        ("i", "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực", "Seriously harmed by violence"),
        ("k", "Trẻ em bị bóc lột", "Exploited"),
        ("l", "Trẻ em bị xâm hại tình dục", "Sexually abused"),
        ("m", "Trẻ em bị mua bán", "Trafficked"),
        ("n", "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo", "With a serious or long-treatment illness in a poor or near-poor household"),
        ("o", "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc", "Migrant or refugee without known parents or caregiver"),
    ];

    /// <summary>Decree 56/2017 sub-groups verified so far; the catalogue is data, more are added without a release.</summary>
    public static IReadOnlyList<(string Code, string Group, string Name, string LegalBasis)> Subgroups { get; } =
    [
        ("a.1", "a", "Mồ côi cả cha và mẹ, không có người chăm sóc", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 1"),
        ("a.2", "a", "Mồ côi cả cha và mẹ, được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ em hoặc cơ sở trợ giúp xã hội", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 2"),
        ("a.3", "a", "Mồ côi cả cha và mẹ, sống với người thân thích", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 3"),
        ("a.4", "a", "Mồ côi cả cha và mẹ, được nhận chăm sóc thay thế bởi cá nhân, gia đình không phải người thân thích", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 4"),
        ("b.1", "b", "Bị bỏ rơi, chưa được chăm sóc thay thế", "Nghị định 56/2017/NĐ-CP, Điều 4"),
        ("b.2", "b", "Bị bỏ rơi, đã được chăm sóc thay thế", "Nghị định 56/2017/NĐ-CP, Điều 4"),
        ("l.1", "l", "Bị hiếp dâm", "Nghị định 56/2017/NĐ-CP, Điều 13"),
        ("l.2", "l", "Bị cưỡng dâm", "Nghị định 56/2017/NĐ-CP, Điều 13"),
        ("l.3", "l", "Bị giao cấu", "Nghị định 56/2017/NĐ-CP, Điều 13"),
        ("l.4", "l", "Bị dâm ô", "Nghị định 56/2017/NĐ-CP, Điều 13"),
        ("l.5", "l", "Bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức", "Nghị định 56/2017/NĐ-CP, Điều 13"),
    ];

    /// <summary>At-risk situations counted in practice by provinces (configurable; the law gives no list).</summary>
    public static IReadOnlyList<(string Code, string Name, string NameEn)> AtRisk { get; } =
    [
        ("NC01", "Trẻ em thuộc hộ nghèo, hộ cận nghèo", "Child of a poor or near-poor household"),
        ("NC02", "Trẻ em mồ côi cha hoặc mẹ", "Orphaned of one parent"),
        ("NC03", "Trẻ em có cha mẹ ly hôn, ly thân", "Parents divorced or separated"),
        ("NC04", "Trẻ em có cha hoặc mẹ đang chấp hành án phạt tù", "Parent in prison"),
        ("NC05", "Trẻ em có cha mẹ đi làm ăn xa, sống với người thân", "Left behind by migrant parents"),
        ("NC06", "Trẻ em sống trong gia đình có bạo lực gia đình", "Living with domestic violence"),
        ("NC07", "Trẻ em sống trong gia đình có người nghiện ma túy, nhiễm HIV/AIDS", "Household member with drug addiction or HIV/AIDS"),
        ("NC08", "Trẻ em có nguy cơ bỏ học", "At risk of dropping out"),
        ("NC09", "Trẻ em lao động sớm", "Working early"),
        ("NC10", "Trẻ em từng bị tai nạn, thương tích", "Had an accident or injury"),
        ("NC11", "Trẻ em tảo hôn hoặc có nguy cơ tảo hôn", "Child marriage or at risk of it"),
    ];
}
