namespace TreEm.Domain.Cases;

/// <summary>
/// The scored items of the assessment forms. Each item is rated Cao / Trung bình / Thấp; the totals and the
/// overall level are computed here, never typed. Items follow the structure of Mẫu 06 (harm; the child's capacity
/// to protect themself and recover) which Mẫu 02 and 03 share; for "capacity" items a Cao rating means a high
/// risk (low capacity), so that every item reads the same way on the form.
/// </summary>
public static class AssessmentForms
{
    public sealed record Item(string Code, string Section, string Text);

    public sealed record Section(string Code, string Title);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("A", "Mức độ tổn hại và nguy cơ"),
        new("B", "Khả năng tự bảo vệ, phục hồi của trẻ em và môi trường chăm sóc"),
    ];

    private static readonly IReadOnlyList<Item> Harm =
    [
        new("A1", "A", "Mức độ tổn hại về thể chất của trẻ em"),
        new("A2", "A", "Mức độ tổn hại về tâm lý, tình cảm của trẻ em"),
        new("A3", "A", "Khả năng đối tượng xâm hại tiếp cận trẻ em"),
        new("A4", "A", "Nguy cơ hành vi xâm hại tái diễn"),
    ];

    private static readonly IReadOnlyList<Item> Capacity =
    [
        new("B1", "B", "Trở ngại trong môi trường chăm sóc trẻ em"),
        new("B2", "B", "Hạn chế về khả năng bảo vệ của cha, mẹ, người chăm sóc"),
        new("B3", "B", "Hạn chế về khả năng tự bảo vệ, phục hồi của trẻ em"),
    ];

    private static readonly IReadOnlyList<Item> Specific =
    [
        new("A1", "A", "Nguy cơ đối với sức khỏe, thể chất của trẻ em"),
        new("A2", "A", "Nguy cơ đối với tâm lý, tình cảm của trẻ em"),
        new("A3", "A", "Nguy cơ đối với việc học tập, sinh hoạt của trẻ em"),
        new("A4", "A", "Khả năng đối tượng xâm hại tiếp cận trẻ em"),
        new("B1", "B", "Trở ngại trong môi trường gia đình"),
        new("B2", "B", "Trở ngại trong môi trường cộng đồng, trường học"),
        new("B3", "B", "Hạn chế về khả năng tự bảo vệ, phục hồi của trẻ em"),
    ];

    private static readonly IReadOnlyList<Item> Review =
    [
        new("A1", "A", "Mức độ tổn hại còn nghiêm trọng"),
        new("A2", "A", "Khả năng tiếp cận trẻ em của đối tượng xâm hại"),
        new("A3", "A", "Trở ngại trong môi trường chăm sóc"),
        new("B1", "B", "Hạn chế về thể chất, sức khỏe của trẻ em"),
        new("B2", "B", "Hạn chế về tâm lý, tình cảm của trẻ em"),
        new("B3", "B", "Hạn chế về nhận thức, khả năng tự bảo vệ của trẻ em"),
    ];

    public static IReadOnlyList<Item> ItemsOf(AssessmentKind kind) => kind switch
    {
        AssessmentKind.BanDau => [.. Harm, .. Capacity],
        AssessmentKind.CuThe => Specific,
        AssessmentKind.RaSoat => Review,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string FormCode(AssessmentKind kind) => kind switch
    {
        AssessmentKind.BanDau => "02",
        AssessmentKind.CuThe => "03",
        _ => "06",
    };

    /// <summary>Counts of each rating in a section, and its points (Cao 3, Trung bình 2, Thấp 1).</summary>
    public sealed record SectionScore(string Section, int Cao, int TrungBinh, int Thap, int Points);

    public sealed record Score(IReadOnlyList<SectionScore> Sections, int Points, RiskRating Level);

    /// <summary>
    /// Totals per section and the overall level: Cao when any harm item (section A) is Cao or more than half of all
    /// items are Cao; Thấp when no item is Cao, no harm item is Trung bình and at most half of all items are
    /// Trung bình; Trung bình otherwise. A single high-harm item must never be averaged away.
    /// </summary>
    public static Score Compute(AssessmentKind kind, IReadOnlyDictionary<string, RiskRating> ratings)
    {
        var items = ItemsOf(kind);
        var missing = items.Where(i => !ratings.ContainsKey(i.Code)).Select(i => i.Code).ToList();
        if (missing.Count > 0)
            throw new CaseRuleException($"Chưa đánh giá mục: {string.Join(", ", missing)}.");
        var sections = Sections
            .Select(s =>
            {
                var r = items.Where(i => i.Section == s.Code).Select(i => ratings[i.Code]).ToList();
                return new SectionScore(s.Code, r.Count(x => x == RiskRating.Cao), r.Count(x => x == RiskRating.TrungBinh),
                    r.Count(x => x == RiskRating.Thap), r.Sum(x => (int)x));
            })
            .ToList();
        var all = items.Select(i => ratings[i.Code]).ToList();
        var harm = sections.Single(s => s.Section == "A");
        var cao = all.Count(x => x == RiskRating.Cao);
        var trungBinh = all.Count(x => x == RiskRating.TrungBinh);
        var level = harm.Cao > 0 || cao * 2 > all.Count ? RiskRating.Cao
            : cao == 0 && harm.TrungBinh == 0 && trungBinh * 2 <= all.Count ? RiskRating.Thap
            : RiskRating.TrungBinh;
        return new Score(sections, sections.Sum(s => s.Points), level);
    }

    public static string RatingName(RiskRating r) => r switch
    {
        RiskRating.Cao => "Cao",
        RiskRating.TrungBinh => "Trung bình",
        _ => "Thấp",
    };
}
