using TreEm.Domain.Children;

namespace TreEm.Web.Seed.Population;

/// <summary>
/// Names of the demo population, by ethnic group, as they are written in Gia Lai's registers. Kinh children take the
/// father's family name; Jrai families are matrilineal (the child takes the mother's clan name, women's given names
/// mostly begin with H'); Bahnar names mostly use the family name Đinh.
/// </summary>
internal static class DemoNames
{
    /// <summary>How a group's names are built.</summary>
    public enum Style
    {
        /// <summary>Family, middle, given: "Nguyễn Văn An" (also Tày, Nùng, Mường, Thái, Dao, Hoa names).</summary>
        Kinh,
        /// <summary>Clan, given: "Ksor H'Nhi", "Siu Thuấn"; matrilineal.</summary>
        Jrai,
        /// <summary>"Đinh Văn Blích", "Đinh Thị Hlim", "Yơk Bla".</summary>
        Bahnar,
        /// <summary>Ê-đê: given with Y (men) or H' (women), then the family name: "Y Sơn Niê", "H'Ngia Mlô".</summary>
        Ede,
        /// <summary>Xơ-đăng, Giẻ-Triêng: "A Thút", "Y Hạnh".</summary>
        Xodang,
        /// <summary>Mông: "Giàng A Páo", "Vàng Thị Mai".</summary>
        Hmong,
    }

    public sealed record Group(string EthnicityCode, Style Style, Weighted<string> Families);

    /// <summary>A list to draw from with weights.</summary>
    public sealed class Weighted<T>
    {
        private readonly T[] _items;
        private readonly int[] _cumulative;

        public Weighted(params (T Item, int Weight)[] items)
        {
            _items = items.Select(i => i.Item).ToArray();
            _cumulative = new int[items.Length];
            var sum = 0;
            for (var i = 0; i < items.Length; i++)
            {
                sum += items[i].Weight;
                _cumulative[i] = sum;
            }
        }

        public static Weighted<T> Even(params T[] items) => new(items.Select(i => (i, 1)).ToArray());

        public T Pick(Random r)
        {
            var x = r.Next(_cumulative[^1]);
            var i = Array.BinarySearch(_cumulative, x + 1);
            return _items[i >= 0 ? i : ~i];
        }
    }

    // Kinh family names with their approximate shares (Nguyễn is borne by about four Vietnamese in ten).
    private static readonly Weighted<string> KinhFamilies = new(
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 25), ("Phan", 45),
        ("Vũ", 22), ("Võ", 22), ("Đặng", 20), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5));

    private static readonly Weighted<string> KinhMiddleMale = new(
        ("Văn", 30), ("Hữu", 8), ("Đức", 10), ("Minh", 14), ("Quang", 8), ("Công", 5), ("Gia", 10), ("Thanh", 5), ("Anh", 5), ("Bảo", 5));

    private static readonly Weighted<string> KinhMiddleFemale = new(
        ("Thị", 30), ("Ngọc", 15), ("Thu", 8), ("Thanh", 7), ("Bảo", 10), ("Mỹ", 6), ("Khánh", 8), ("Phương", 8), ("Minh", 8));

    private static readonly Weighted<string> KinhAdultMiddleMale = new(("Văn", 60), ("Hữu", 10), ("Đức", 10), ("Minh", 8), ("Quang", 6), ("Công", 6));

    private static readonly Weighted<string> KinhAdultMiddleFemale = new(("Thị", 85), ("Ngọc", 5), ("Thu", 5), ("Thanh", 5));

    private static readonly Weighted<string> KinhMale = Weighted<string>.Even(
        "An", "Bình", "Cường", "Dũng", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tài",
        "Thành", "Trí", "Tuấn", "Việt", "Vinh", "Đạt", "Hiếu", "Hoàng", "Kiên", "Lâm", "Nhật", "Phát", "Thịnh", "Bảo", "Duy",
        "Hải", "Lộc", "Tùng", "Quang", "Toàn");

    private static readonly Weighted<string> KinhFemale = Weighted<string>.Even(
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hân", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "My", "Ngân", "Ngọc",
        "Nhi", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thư", "Trang", "Trâm", "Uyên", "Vy", "Yến", "Tâm", "Hạnh", "Loan",
        "Thủy", "Hiền", "Diệp", "Vân", "Khánh");

    private static readonly Weighted<string> JraiFamilies = new(
        ("Ksor", 18), ("Rơ Mah", 14), ("Siu", 14), ("Rơ Châm", 10), ("Nay", 10), ("Kpă", 8), ("Rah Lan", 7), ("Puih", 7),
        ("Rơ Ô", 5), ("Kpuih", 4), ("Rơ Lan", 3));

    private static readonly Weighted<string> JraiMale = Weighted<string>.Even(
        "Thuấn", "Đinh", "Blơi", "Hyưk", "Blih", "Nguyên", "Luy", "Phứ", "Thăm", "Djuih", "Breo", "Tin", "Kiên", "Rin",
        "Hlang", "Dun", "Yuh", "Hiăo", "Chơn", "Tốt", "Nhang", "Khoan", "Ngoan", "Sang");

    // Jrai women's names written with the H' prefix ("H'Nhi"); a few are written without it.
    private static readonly Weighted<string> JraiFemale = Weighted<string>.Even(
        "Nhi", "Lan", "Bia", "Uyên", "Yơn", "Mai", "Ly", "Xíu", "Ngơn", "Thủy", "Nguyệt", "Phiên", "Blưm", "Hơn", "Duyên",
        "Nga", "Ing", "Wơn", "Tuyết", "Jen", "Hnơn", "Drim", "Lê", "Hen");

    private static readonly Weighted<string> BahnarMaleFamilies = new(("Đinh", 40), ("Đinh Văn", 40), ("A", 15), ("Đinh Quang", 5));
    private static readonly Weighted<string> BahnarFemaleFamilies = new(("Đinh Thị", 50), ("Đinh", 25), ("Yơk", 15), ("Y", 10));

    private static readonly Weighted<string> BahnarMale = Weighted<string>.Even(
        "Blích", "Ngưr", "Hmăch", "Pin", "Hlơn", "Dớt", "Gyưh", "Tông", "Thuôn", "Khưn", "Byưl", "Grưp", "Phưn", "Hrinh",
        "Rưn", "Jơn", "Nhưr", "Kưn", "Hyông", "Nớt");

    private static readonly Weighted<string> BahnarFemale = Weighted<string>.Even(
        "Hlim", "Blăng", "Bla", "Nhoen", "Pih", "Hnhơn", "Xiêm", "Yă", "Pơk", "Lĩ", "Bôn", "Hyưng", "Hnhen", "Ngâm", "Thu", "Hmưi");

    private static readonly Weighted<string> EdeFamilies = new(("Niê", 30), ("Êban", 20), ("Mlô", 15), ("Ayŭn", 15), ("Byă", 10), ("Ksơr", 10));
    private static readonly Weighted<string> EdeMale = Weighted<string>.Even("Sơn", "Bhin", "Jôn", "Khem", "Blang", "Thông", "Dhăm");
    private static readonly Weighted<string> EdeFemale = Weighted<string>.Even("Ngia", "Hen", "Linh", "Bơ", "Yâo", "Lê", "Ruth");

    private static readonly Weighted<string> XodangMale = Weighted<string>.Even("Thút", "Mưu", "Krui", "Rơi", "Tiêu", "Blong", "Nhiên");
    private static readonly Weighted<string> XodangFemale = Weighted<string>.Even("Hạnh", "Bốp", "Rin", "Hoa", "Nhiêm", "Lý", "Thiên");

    private static readonly Weighted<string> HmongMale = Weighted<string>.Even("Páo", "Chứ", "Dế", "Sính", "Lềnh", "Tủa", "Súa");
    private static readonly Weighted<string> HmongFemale = Weighted<string>.Even("Mai", "Dợ", "Sua", "Máy", "Chở", "Pàng", "Và");

    /// <summary>The Jrai and Bahnar of Gia Lai, then the groups that came from the north and the neighbouring provinces.</summary>
    public static readonly IReadOnlyDictionary<string, Group> Groups = new[]
    {
        new Group("01", Style.Kinh, KinhFamilies),
        new Group("10", Style.Jrai, JraiFamilies),
        new Group("13", Style.Bahnar, BahnarMaleFamilies),
        new Group("02", Style.Kinh, new(("Hoàng", 30), ("Nông", 25), ("Lương", 15), ("Hà", 15), ("Lục", 10), ("Triệu", 5))),
        new Group("07", Style.Kinh, new(("Hoàng", 25), ("Nông", 20), ("Lăng", 15), ("Vi", 15), ("Lâm", 15), ("Triệu", 10))),
        new Group("06", Style.Kinh, new(("Bùi", 45), ("Đinh", 25), ("Quách", 15), ("Hà", 15))),
        new Group("03", Style.Kinh, new(("Lò", 35), ("Lường", 25), ("Cầm", 20), ("Vi", 10), ("Hà", 10))),
        new Group("09", Style.Kinh, new(("Triệu", 45), ("Bàn", 35), ("Lý", 20))),
        new Group("04", Style.Kinh, new(("Lâm", 30), ("Trương", 25), ("Quách", 25), ("Lưu", 20))),
        new Group("12", Style.Ede, EdeFamilies),
        new Group("14", Style.Xodang, Weighted<string>.Even("A")),
        new Group("27", Style.Xodang, Weighted<string>.Even("A")),
        new Group("08", Style.Hmong, new(("Giàng", 30), ("Vàng", 25), ("Sùng", 20), ("Thào", 15), ("Hầu", 10))),
    }.ToDictionary(g => g.EthnicityCode);

    /// <summary>Other ethnic groups living in Gia Lai (besides Jrai and Bahnar), with their weights among minority children.</summary>
    public static readonly Weighted<string> OtherMinorities = new(
        ("02", 20), ("07", 20), ("06", 15), ("03", 10), ("12", 10), ("14", 8), ("08", 7), ("09", 5), ("27", 3), ("04", 2));

    /// <summary>A family name of the group, for a child or the parent who passes it on.</summary>
    public static string Family(Random r, string ethnicity) => Groups[ethnicity].Families.Pick(r);

    /// <summary>A child's full name.</summary>
    public static string ChildName(Random r, string ethnicity, Sex sex, string family) => Person(r, ethnicity, sex, family, adult: false);

    /// <summary>A full name for someone of the group with the given family name (parents, grandparents).</summary>
    public static string Person(Random r, string ethnicity, Sex sex, string family, bool adult)
    {
        var male = sex == Sex.Nam;
        var g = Groups[ethnicity];
        switch (g.Style)
        {
            case Style.Jrai:
                if (male) return r.Next(100) < 15 ? $"{family} Văn {JraiMale.Pick(r)}" : $"{family} {JraiMale.Pick(r)}";
                return r.Next(100) < 80 ? $"{family} H'{JraiFemale.Pick(r)}" : $"{family} Thị {JraiFemale.Pick(r)}";
            case Style.Bahnar:
                return male ? $"{BahnarMaleFamilies.Pick(r)} {BahnarMale.Pick(r)}" : $"{BahnarFemaleFamilies.Pick(r)} {BahnarFemale.Pick(r)}";
            case Style.Ede:
                return male ? $"Y {EdeMale.Pick(r)} {family}" : $"H'{EdeFemale.Pick(r)} {family}";
            case Style.Xodang:
                return male ? $"A {XodangMale.Pick(r)}" : $"Y {XodangFemale.Pick(r)}";
            case Style.Hmong:
                return male ? $"{family} A {HmongMale.Pick(r)}" : $"{family} Thị {HmongFemale.Pick(r)}";
            default:
                var middle = adult
                    ? (male ? KinhAdultMiddleMale : KinhAdultMiddleFemale).Pick(r)
                    : (male ? KinhMiddleMale : KinhMiddleFemale).Pick(r);
                var givens = male ? KinhMale : KinhFemale;
                var given = givens.Pick(r);
                while (given == middle) given = givens.Pick(r);
                // One Kinh child in ten has a two-word given name ("Nguyễn Ngọc Bảo Anh").
                if (!adult && ethnicity == "01" && r.Next(10) == 0)
                {
                    var first = givens.Pick(r);
                    while (first == middle || first == given) first = givens.Pick(r);
                    return $"{family} {middle} {first} {given}";
                }
                return $"{family} {middle} {given}";
        }
    }

    /// <summary>True when the child takes the mother's family name (Jrai); false when the father's.</summary>
    public static bool Matrilineal(string ethnicity) => Groups[ethnicity].Style == Style.Jrai;

    // Village names for addresses in communes that have no village units in the demo.
    public static readonly Weighted<string> JraiVillages = Weighted<string>.Even(
        "Plei Ơi", "Plei Bông", "Plei Thơ Ga", "Plei Ring", "Plei Kép", "Plei Dêr", "Plei Ngol", "Plei Tao");

    public static readonly Weighted<string> BahnarVillages = Weighted<string>.Even(
        "Kon Chrăh", "Đê Hrel", "Đê Kjiêng", "Kon Sơ Lăl", "Bông Pim", "Đê Ktu", "Kon Mahar");

    public static readonly IReadOnlyList<string> PhonePrefixes =
    [
        "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "081", "082", "083",
        "084", "085", "088", "091", "094", "070", "076", "077", "078", "079", "089", "090", "093",
    ];
}
