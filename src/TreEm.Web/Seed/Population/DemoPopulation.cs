using TreEm.Domain;
using TreEm.Domain.Children;
using static TreEm.Web.Seed.Population.DemoNames;

namespace TreEm.Web.Seed.Population;

/// <summary>A commune of the demo province, with its village units (children live in villages where there are some).</summary>
public sealed record DemoCommune(string Code, string TypeCode, string DistrictCode, int UnitId, IReadOnlyList<int> VillageIds);

/// <summary>
/// The demo population of the province: a deterministic, realistic set of children. The same seed, communes and day
/// give the same children; each commune has its own random stream, so a commune's children do not depend on how many
/// the others get, and a second run can top a commune up without changing what is there.
/// Proportions follow Gia Lai: about 48 % of the children are of ethnic minorities (mostly Jrai and Bahnar, more in
/// the rural districts), 1.2 % are in special circumstances with the 2021 group mix, 22 % at risk.
/// </summary>
public sealed class DemoPopulation
{
    /// <summary>The 2021 group mix of children in special circumstances of Gia Lai (5,543 children).</summary>
    public static readonly IReadOnlyList<(string Group, int Count)> SpecialGroupMix =
    [
        ("d", 4130), ("a", 731), ("b", 81), ("c", 150), ("đ", 26), ("e", 113),
        ("g", 10), ("h", 95), ("i", 40), ("k", 20), ("l", 60), ("m", 7), ("n", 80),
    ];

    public const double SpecialShare = 0.012;
    public const double AtRiskShare = 0.22;

    /// <summary>The two named children of the village collaborator's village (23944-01) that demos and journeys look for.</summary>
    public const string FeaturedCommune = "23944";
    public static readonly IReadOnlyList<FeaturedChild> Featured =
    [
        new("Ksor H'Nhi", "Ksor", Sex.Nu, "10", 9, 3, 14),
        new("Nguyễn Văn An", "Nguyễn", Sex.Nam, "01", 6, 9, 2),
    ];

    /// <summary>A child whose name, sex, ethnicity and birthday (age this year) are fixed; the rest is generated.</summary>
    public sealed record FeaturedChild(string Name, string Family, Sex Sex, string Ethnicity, int Age, int Month, int Day);

    // Share of ethnic-minority people by district of Gia Lai (2019 census, rounded) and the main minority there.
    private static readonly Dictionary<string, (double Share, string Main)> Districts = new()
    {
        ["622"] = (0.18, "10"), ["623"] = (0.10, "13"), ["624"] = (0.40, "10"), ["625"] = (0.50, "13"),
        ["626"] = (0.60, "13"), ["627"] = (0.50, "10"), ["628"] = (0.45, "10"), ["629"] = (0.60, "13"),
        ["630"] = (0.75, "13"), ["631"] = (0.50, "10"), ["632"] = (0.48, "10"), ["633"] = (0.50, "10"),
        ["634"] = (0.35, "13"), ["635"] = (0.68, "10"), ["637"] = (0.72, "10"), ["638"] = (0.55, "10"),
        ["639"] = (0.50, "10"),
    };

    private static readonly Weighted<string> Groups = new(SpecialGroupMix.Select(g => (g.Group, g.Count)).ToArray());

    // At-risk situations: how often each is the main one (poverty is handled apart, it needs a poor household).
    private static readonly Dictionary<string, int> AtRiskWeights = new()
    {
        ["NC02"] = 14, ["NC03"] = 10, ["NC04"] = 3, ["NC05"] = 16, ["NC06"] = 6, ["NC07"] = 3,
        ["NC08"] = 14, ["NC09"] = 6, ["NC10"] = 8, ["NC11"] = 4,
    };

    private static readonly Dictionary<string, int> AtRiskMinimumAge = new() { ["NC08"] = 6, ["NC09"] = 10, ["NC11"] = 12 };

    private static readonly Dictionary<string, int> GroupMinimumAge = new()
    {
        ["e"] = 12, ["g"] = 12, ["h"] = 11, ["i"] = 2, ["k"] = 10, ["l"] = 5, ["m"] = 5,
    };

    private static readonly Dictionary<string, Weighted<string>> Subgroups = new()
    {
        ["a"] = new(("a.1", 10), ("a.2", 15), ("a.3", 60), ("a.4", 15)),
        ["b"] = new(("b.1", 30), ("b.2", 70)),
        ["l"] = new(("l.1", 20), ("l.2", 5), ("l.3", 25), ("l.4", 45), ("l.5", 5)),
    };

    private readonly int _seed;
    private readonly DateOnly _today;
    private readonly DateTime _now;
    private readonly HashSet<string> _subgroupCodes;
    private readonly Weighted<string>? _atRisk;
    private readonly bool _poorAtRisk;
    private readonly HashSet<string> _identityNumbers;

    /// <param name="atRiskCodes">The active at-risk situations (codes outside the known list get a small weight).</param>
    /// <param name="subgroupCodes">The sub-groups present in the catalogue; others are left out.</param>
    /// <param name="takenIdentityNumbers">Numbers already in the register, never given again.</param>
    public DemoPopulation(int seed, DateOnly today, DateTime now, IEnumerable<string> atRiskCodes, IEnumerable<string> subgroupCodes,
        IEnumerable<string>? takenIdentityNumbers = null)
    {
        _seed = seed;
        _today = today;
        _now = now;
        _subgroupCodes = subgroupCodes.ToHashSet(StringComparer.Ordinal);
        var codes = atRiskCodes.Order(StringComparer.Ordinal).ToList();
        _poorAtRisk = codes.Remove("NC01");
        var weighted = codes.Select(c => (c, AtRiskWeights.GetValueOrDefault(c, 3))).ToArray();
        _atRisk = weighted.Length > 0 ? new Weighted<string>(weighted) : null;
        _identityNumbers = new HashSet<string>(takenIdentityNumbers ?? [], StringComparer.Ordinal);
    }

    /// <summary>
    /// Shares out <paramref name="total"/> children over the communes by a plausible weight (wards and townships are more
    /// populous than rural communes). Every commune gets at least one child, and communes with village units at least
    /// eight, when the total allows it.
    /// </summary>
    public Dictionary<string, int> Allocate(IReadOnlyList<DemoCommune> communes, int total)
    {
        var r = new Random(Mix(_seed, "allocation"));
        var weights = communes.Select(c => TypeWeight(c.TypeCode) * (0.6 + 0.8 * r.NextDouble())).ToArray();
        var minimum = communes.Select(c => c.VillageIds.Count > 0 ? 8 : 1).ToArray();
        if (minimum.Sum() > total) Array.Fill(minimum, 0);
        var rest = total - minimum.Sum();
        var sum = weights.Sum();
        var exact = weights.Select(w => rest * w / sum).ToArray();
        var counts = exact.Select((x, i) => minimum[i] + (int)Math.Floor(x)).ToArray();
        // Largest remainders take what rounding down left over.
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, communes.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            counts[i]++;
        return communes.Select((c, i) => (c.Code, counts[i])).ToDictionary(x => x.Code, x => x.Item2);
    }

    private static double TypeWeight(string type) => type switch
    {
        "phuong" => 1.5,
        "thi_tran" => 1.6,
        _ => 1.0,
    };

    /// <summary>The children of one commune, in order; the stream depends only on the seed, the commune and the day.</summary>
    public IEnumerable<Child> Generate(DemoCommune commune, int count)
    {
        var r = new Random(Mix(_seed, commune.Code));
        var minority = MinorityShare(commune, r);
        var main = Districts.TryGetValue(commune.DistrictCode, out var d) ? d.Main : "10";
        var featured = commune.Code == FeaturedCommune;
        for (var i = 0; i < count; i++)
        {
            var child = NextChild(r, commune, minority, main, featured && i < Featured.Count ? Featured[i] : null);
            // The first children of the featured commune live in its first village (the collaborator's).
            if (featured && i < 4 && commune.VillageIds.Count > 0) child.UnitId = commune.VillageIds[0];
            yield return child;
        }
    }

    /// <summary>Share of minority children in the commune: the district's, lower in wards and townships, varying.</summary>
    private static double MinorityShare(DemoCommune c, Random r)
    {
        var district = Districts.TryGetValue(c.DistrictCode, out var d) ? d.Share : 0.45;
        // Minority families have more children than Kinh ones: their share of children is higher than of people.
        var share = (district + 0.06) * (c.TypeCode is "phuong" or "thi_tran" ? 0.48 : 0.98);
        share *= 0.75 + 0.5 * r.NextDouble();
        return Math.Clamp(share, 0.02, 0.97);
    }

    private Child NextChild(Random r, DemoCommune commune, double minorityShare, string mainMinority, FeaturedChild? featured)
    {
        var ethnicity = "01";
        if (r.NextDouble() < minorityShare)
            ethnicity = r.NextDouble() < 0.9 ? mainMinority : r.NextDouble() < 0.5 ? (mainMinority == "10" ? "13" : "10") : OtherMinorities.Pick(r);
        var sex = r.NextDouble() < 0.51 ? Sex.Nam : Sex.Nu;
        if (featured is not null) (ethnicity, sex) = (featured.Ethnicity, featured.Sex);
        var minority = ethnicity != "01";

        // Special circumstances are a little more frequent among minority children (poorer, more remote communes).
        string? group = r.NextDouble() < SpecialShare * (minority ? 1.15 : 0.86) ? Groups.Pick(r) : null;
        var atRisk = r.NextDouble() < (minority ? 0.26 : 0.183);
        var minimumAge = group is null ? 0 : GroupMinimumAge.GetValueOrDefault(group);
        if (featured is not null && minimumAge > featured.Age) (group, minimumAge) = (null, 0);

        var dob = BirthDate(r, minimumAge);
        if (featured is not null) dob = new DateOnly(_today.Year - featured.Age, featured.Month, featured.Day);
        var estimated = r.NextDouble() < (minority ? 0.05 : 0.01) && featured is null;
        var birthYear = estimated ? Math.Max(dob.Year, _today.Year - (Child.AdultAge - 1)) : dob.Year;
        // The age the register will show: from the estimated year when only the year is known.
        var age = estimated ? _today.Year - birthYear : ChildAge.YearsBetween(dob, _today);

        var poverty = r.NextDouble() switch
        {
            var x when x < (minority ? 0.24 : 0.07) => PovertyStatus.Ngheo,
            var x when x < (minority ? 0.36 : 0.15) => PovertyStatus.CanNgheo,
            _ => PovertyStatus.Khong,
        };
        if (group == "n" && poverty == PovertyStatus.Khong) poverty = PovertyStatus.CanNgheo;

        var family = Family(r, ethnicity);
        var fullName = ChildName(r, ethnicity, sex, family);
        if (featured is not null) (family, fullName) = (featured.Family, featured.Name);
        var child = new Child
        {
            FullName = fullName,
            DateOfBirth = estimated ? null : dob,
            BirthYear = birthYear,
            IsBirthYearEstimated = estimated,
            Sex = sex,
            EthnicityCode = ethnicity,
            UnitId = commune.VillageIds.Count > 0 ? commune.VillageIds[r.Next(commune.VillageIds.Count)] : commune.UnitId,
            Address = Address(r, commune, minority, ethnicity),
            Poverty = poverty,
            Schooling = Schooling(r, age, minority),
            HasHealthInsurance = age < 6 || r.NextDouble() < (minority || poverty != PovertyStatus.Khong ? 0.98 : 0.9),
            HasCongenitalHeartDisease = r.NextDouble() < (group == "n" ? 0.4 : 0.003),
            Status = ChildStatus.DangQuanLy,
            CreatedAt = _now,
            UpdatedAt = _now,
        };
        child.NameSearch = VietnameseText.Normalize(child.FullName);
        if (group == "h") child.Schooling = SchoolingStatus.BoHoc;
        if (group == "d")
        {
            child.DisabilityType = r.Next(100) switch
            {
                < 30 => DisabilityType.VanDong,
                < 55 => DisabilityType.TriTue,
                < 70 => DisabilityType.NgheNoi,
                < 80 => DisabilityType.Nhin,
                < 90 => DisabilityType.ThanKinhTamThan,
                _ => DisabilityType.Khac,
            };
            child.DisabilitySeverity = r.Next(100) switch { < 40 => DisabilitySeverity.Nhe, < 80 => DisabilitySeverity.Nang, _ => DisabilitySeverity.DacBietNang };
        }
        // About 60 % of children already have a personal identification number (birth registration gives one).
        if (r.NextDouble() < 0.6) child.IdentityNumber = IdentityNumber(r, sex, birthYear);

        var risks = new List<string>();
        if (atRisk)
        {
            if (_poorAtRisk && poverty != PovertyStatus.Khong && r.NextDouble() < 0.6) risks.Add("NC01");
            else if (PickRisk(r, age) is { } first) risks.Add(first);
            // One at-risk child in eight is in two situations at once.
            if (risks.Count > 0 && r.Next(8) == 0 && PickRisk(r, age) is { } second && !risks.Contains(second)) risks.Add(second);
            // An orphan, abandoned or alone child has no parent to be away or missing.
            if (group is "a" or "b" or "c") risks.RemoveAll(c => c is "NC02" or "NC05");
        }

        AddCaregivers(r, child, family, ethnicity, group, risks);
        if (group is not null)
        {
            var sub = Subgroups.TryGetValue(group, out var subs) ? subs.Pick(r) : null;
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.SpecialCircumstance,
                GroupCode = group,
                SubgroupCode = sub is not null && _subgroupCodes.Contains(sub) ? sub : null,
                StartDate = StartDate(r, dob, group == "d" ? 1 : minimumAge),
            });
        }
        foreach (var code in risks)
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.AtRisk,
                AtRiskCode = code,
                StartDate = StartDate(r, dob, AtRiskMinimumAge.GetValueOrDefault(code)),
            });
        foreach (var x in child.Classifications.Where(x => x.Kind == ClassificationKind.AtRisk))
            x.EndDate = AtRiskEnd(x.StartDate);
        return child;
    }

    /// <summary>A date of birth making the child between <paramref name="minimumAge"/> and 15 today, uniformly.</summary>
    private DateOnly BirthDate(Random r, int minimumAge)
    {
        var earliest = _today.AddYears(-Child.AdultAge).AddDays(1);
        var latest = _today.AddYears(-minimumAge);
        return earliest.AddDays(r.Next(latest.DayNumber - earliest.DayNumber + 1));
    }

    /// <summary>The years the 2021 plan reports on: most classifications began then, so that the 2020 and 2021
    /// figures have children to count.</summary>
    private static readonly DateOnly PlanYearsFrom = new(2018, 1, 1);
    private static readonly DateOnly PlanYearsTo = new(2021, 12, 31);

    /// <summary>
    /// When a classification began, not before the age it needs: four in five between 2018 and 2021 (when the child
    /// was old enough then), the others from then to today. One draw of the generator, so the sequence stays the same
    /// for the rest of the child.
    /// </summary>
    private DateOnly StartDate(Random r, DateOnly dob, int fromAge)
    {
        var from = dob.AddYears(fromAge);
        if (from < PlanYearsFrom) from = PlanYearsFrom;
        if (from > _today) from = _today;
        var u = r.NextDouble();
        var (first, last, x) = from <= PlanYearsTo
            ? u < 0.8 ? (from, PlanYearsTo, u / 0.8) : (from, _today, (u - 0.8) / 0.2)
            : (from, _today, u);
        return first.AddDays((int)(x * (last.DayNumber - first.DayNumber + 1)));
    }

    /// <summary>One at-risk situation in ten that began by 2021 ended two years later (no random draw: the sequence
    /// of the generator stays the same).</summary>
    private static DateOnly? AtRiskEnd(DateOnly start) =>
        start <= PlanYearsTo && start.DayNumber % 10 == 0 ? start.AddYears(2) : null;

    private string? PickRisk(Random r, int age)
    {
        if (_atRisk is null) return null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var code = _atRisk.Pick(r);
            if (age >= AtRiskMinimumAge.GetValueOrDefault(code)) return code;
        }
        return null;
    }

    private static SchoolingStatus Schooling(Random r, int age, bool minority)
    {
        var x = r.NextDouble();
        return age switch
        {
            < 3 => SchoolingStatus.ChuaDenTuoi,
            < 6 => x < (minority ? 0.8 : 0.9) ? SchoolingStatus.MamNon : SchoolingStatus.ChuaDenTuoi,
            < 11 => x < 0.98 ? SchoolingStatus.TieuHoc : x < 0.99 ? SchoolingStatus.BoHoc : SchoolingStatus.KhongDiHoc,
            < 15 => x < (minority ? 0.88 : 0.95) ? SchoolingStatus.TrungHocCoSo : x < (minority ? 0.97 : 0.99) ? SchoolingStatus.BoHoc : SchoolingStatus.KhongDiHoc,
            _ => x < (minority ? 0.6 : 0.8) ? SchoolingStatus.TrungHocPhoThong : x < (minority ? 0.65 : 0.85) ? SchoolingStatus.TrungHocCoSo : SchoolingStatus.BoHoc,
        };
    }

    private static string? Address(Random r, DemoCommune c, bool minority, string ethnicity)
    {
        if (c.VillageIds.Count > 0) return r.Next(2) == 0 ? null : $"Nhà số {r.Next(1, 120)}";
        if (c.TypeCode is "phuong" or "thi_tran") return $"Tổ dân phố {r.Next(1, 16)}";
        if (!minority) return $"Thôn {r.Next(1, 10)}";
        return "Làng " + (ethnicity == "13" ? BahnarVillages : JraiVillages).Pick(r);
    }

    /// <summary>"064" (Gia Lai), the sex and century digit, the two-digit birth year, six digits; unique.</summary>
    private string IdentityNumber(Random r, Sex sex, int birthYear)
    {
        var centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.Nu ? 1 : 0);
        while (true)
        {
            var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"064{centuryDigit}{birthYear % 100:00}{r.Next(1_000_000):000000}");
            if (_identityNumbers.Add(number)) return number;
        }
    }

    private static void AddCaregivers(Random r, Child child, string family, string ethnicity, string? group, List<string> risks)
    {
        var year = child.BirthYear;
        bool father = r.NextDouble() < 0.94, mother = r.NextDouble() < 0.97;
        var grandmother = r.NextDouble() < 0.12;
        string? otherRelation = null;
        switch (group)
        {
            case "a":
                father = mother = false;
                otherRelation = r.Next(3) switch { 0 => "Bà ngoại", 1 => "Bà nội", _ => "Cô ruột" };
                break;
            case "b":
                father = mother = false;
                otherRelation = r.Next(10) < 7 ? "Gia đình nhận chăm sóc thay thế" : null;
                break;
            case "c":
                father = mother = false;
                break;
        }
        if (risks.Contains("NC02"))
        {
            if (r.Next(2) == 0) father = false; else mother = false;
            if (!father && !mother) mother = true;
        }
        if (risks.Contains("NC05")) grandmother = true;
        if (grandmother && otherRelation is null) otherRelation = Matrilineal(ethnicity) ? "Bà ngoại" : r.Next(2) == 0 ? "Bà nội" : "Bà ngoại";

        // The parent who passes the family name on shares it with the child; the other has their own.
        var matrilineal = Matrilineal(ethnicity);
        Caregiver? f = null, m = null, o = null;
        if (father)
        {
            var fatherFamily = family;
            // Jrai marry outside their clan: the father's clan differs from the mother's (the child's).
            while (matrilineal && fatherFamily == family) fatherFamily = Family(r, ethnicity);
            var name = Person(r, ethnicity, Sex.Nam, fatherFamily, adult: true);
            f = NewCaregiver(CaregiverRelation.Cha, name, year - r.Next(22, 42), null, r, 0.55);
        }
        if (mother)
        {
            var name = Person(r, ethnicity, Sex.Nu, matrilineal ? family : Family(r, ethnicity), adult: true);
            m = NewCaregiver(CaregiverRelation.Me, name, year - r.Next(19, 38), null, r, 0.6);
        }
        if (otherRelation is not null)
        {
            var elder = otherRelation.StartsWith("Bà", StringComparison.Ordinal) || otherRelation == "Cô ruột";
            var name = otherRelation == "Bà ngoại" && matrilineal
                ? Person(r, ethnicity, Sex.Nu, family, adult: true)
                : Person(r, ethnicity, elder ? Sex.Nu : r.Next(2) == 0 ? Sex.Nam : Sex.Nu, Family(r, ethnicity), adult: true);
            var born = otherRelation.StartsWith("Bà", StringComparison.Ordinal) ? year - r.Next(42, 62) : year - r.Next(25, 50);
            o = NewCaregiver(CaregiverRelation.Khac, name, born, otherRelation, r, 0.35);
        }
        // Main caregiver: the grandmother of a left-behind child or an orphan, else mostly the mother.
        var main = (risks.Contains("NC05") || group is "a" or "b") && o is not null ? o
            : m is not null && (f is null || r.NextDouble() < 0.75) ? m
            : f ?? m ?? o;
        if (main is not null) main.IsMainCaregiver = true;
        foreach (var g in new[] { f, m, o })
            if (g is not null) child.Caregivers.Add(g);
    }

    private static Caregiver NewCaregiver(CaregiverRelation relation, string name, int birthYear, string? relationship, Random r, double phoneShare) => new()
    {
        Relation = relation,
        FullName = name,
        NameSearch = VietnameseText.Normalize(name),
        BirthYear = birthYear,
        RelationshipText = relationship,
        Phone = r.NextDouble() < phoneShare
            ? PhonePrefixes[r.Next(PhonePrefixes.Count)] + r.Next(10_000_000).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture)
            : null,
    };

    /// <summary>A seed for one stream: the run's seed and a name, hashed the same way in every process (FNV-1a).</summary>
    internal static int Mix(int seed, string name)
    {
        unchecked
        {
            var h = 2166136261u ^ (uint)seed;
            foreach (var ch in name)
            {
                h ^= ch;
                h *= 16777619u;
            }
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
