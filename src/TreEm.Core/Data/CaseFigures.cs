using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>What the figures cover: cases received from <see cref="From"/> to <see cref="To"/> inclusive (Vietnam
/// dates), optionally only in one unit and the units below it.</summary>
/// <param name="From">First day of the period (Vietnam time).</param>
/// <param name="To">Last day of the period, included (Vietnam time).</param>
/// <param name="UnitId">A unit (province, district or commune): only the cases of its subtree. Null: the whole scope.</param>
public sealed record CaseFigureFilter(DateOnly From, DateOnly To, int? UnitId = null);

/// <summary>One line of a figures table.</summary>
/// <param name="Dimension">The table the line belongs to: one of the <c>CaseFigures.By…</c> constants.</param>
/// <param name="Key">A stable key for programs: the enum name ("BaoLuc", "Nu"), the band ("6-10"), the ethnicity or
/// unit code, or <see cref="CaseFigures.UnknownKey"/>.</param>
/// <param name="Label">The Vietnamese label for people.</param>
/// <param name="Cases">Distinct cases with at least one match on this line.</param>
/// <param name="Children">Children concerned on this line, counted once per case (a child in two cases counts twice).</param>
public sealed record CaseFigureRow(string Dimension, string Key, string Label, int Cases, int Children);

/// <summary>
/// The share of cases handled on time (<see cref="Case.HandledOnTime"/>: every step done within its limit, and no
/// open step past it), for all cases, the closed ones and the open ones.
/// </summary>
public sealed record CaseOnTimeShare(int Cases, int OnTime, int ClosedCases, int ClosedOnTime, int OpenCases, int OpenOnTime)
{
    /// <summary>Percentage of all cases handled on time, rounded to one decimal; null when there is no case.</summary>
    public decimal? Percent => PercentOf(OnTime, Cases);

    public decimal? ClosedPercent => PercentOf(ClosedOnTime, ClosedCases);

    public decimal? OpenPercent => PercentOf(OpenOnTime, OpenCases);

    private static decimal? PercentOf(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

/// <summary>The figures of a period: totals, the tables by dimension (<see cref="Rows"/>) and the on-time share.</summary>
/// <param name="Filter">What was asked.</param>
/// <param name="Cases">Distinct cases received in the period.</param>
/// <param name="ChildEntries">Children concerned, counted once per case.</param>
/// <param name="DistinctChildren">Children concerned, a register child counted once however many cases concern them
/// (merged duplicates count as their surviving record); a provisional child counts once per case.</param>
/// <param name="Rows">Every table, in display order; see <see cref="By"/>.</param>
/// <param name="OnTime">The share handled on time.</param>
public sealed record CaseFigureReport(CaseFigureFilter Filter, int Cases, int ChildEntries, int DistinctChildren,
    IReadOnlyList<CaseFigureRow> Rows, CaseOnTimeShare OnTime)
{
    /// <summary>The lines of one table (<see cref="CaseFigures.ByAbuseForm"/>…), in display order.</summary>
    public IReadOnlyList<CaseFigureRow> By(string dimension) => Rows.Where(r => r.Dimension == dimension).ToList();

    /// <summary>One line, or null when the table has no line for the key (a unit or ethnicity without cases).</summary>
    public CaseFigureRow? Row(string dimension, string key) => Rows.FirstOrDefault(r => r.Dimension == dimension && r.Key == key);
}

/// <summary>
/// The query layer of case figures for reports (issue 4 item 11): cases and children concerned by form of abuse,
/// sex, age band, ethnicity and unit over a period, and the share handled on time. Everything goes through
/// <c>VisibleTo(scope)</c>; only the needed columns are loaded, then grouped in memory (a province-year holds a few
/// thousand cases).
/// </summary>
public static class CaseFigures
{
    public const string ByAbuseForm = "abuse-form";
    public const string BySex = "sex";
    public const string ByAgeBand = "age-band";
    public const string ByEthnicity = "ethnicity";
    public const string ByUnit = "unit";

    /// <summary>The key of "Không rõ" lines (unknown sex, age or ethnicity) and of cases without a form of abuse.</summary>
    public const string UnknownKey = "KhongRo";

    private const string UnknownLabel = "Không rõ";

    /// <summary>The seven forms of the Law on Children Art. 4(5), in the order of the forms.</summary>
    public static readonly IReadOnlyList<AbuseForm> AbuseForms =
        [AbuseForm.BaoLuc, AbuseForm.BocLot, AbuseForm.XamHaiTinhDuc, AbuseForm.MuaBan, AbuseForm.BoRoi, AbuseForm.BoMac, AbuseForm.Khac];

    /// <summary>Age bands at the time of receipt: key, label, lowest and highest age.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, int Min, int Max)> AgeBands =
    [
        ("0-5", "0–5 tuổi", 0, 5),
        ("6-10", "6–10 tuổi", 6, 10),
        ("11-15", "11–15 tuổi", 11, 15),
        ("16+", "Từ 16 tuổi", 16, int.MaxValue),
    ];

    public static string AbuseFormLabel(AbuseForm form) => form switch
    {
        AbuseForm.BaoLuc => "Bạo lực",
        AbuseForm.BocLot => "Bóc lột",
        AbuseForm.XamHaiTinhDuc => "Xâm hại tình dục",
        AbuseForm.MuaBan => "Mua bán",
        AbuseForm.BoRoi => "Bỏ rơi",
        AbuseForm.BoMac => "Bỏ mặc",
        AbuseForm.Khac => "Hình thức khác",
        _ => "Chưa xác định hình thức",
    };

    public static string SexLabel(CaseChildSex sex) => sex switch
    {
        CaseChildSex.Nam => "Nam",
        CaseChildSex.Nu => "Nữ",
        _ => UnknownLabel,
    };

    /// <summary>The band key of an age, or <see cref="UnknownKey"/>.</summary>
    public static string AgeBandOf(int? age) =>
        age is { } a && a >= 0 ? AgeBands.First(b => a >= b.Min && a <= b.Max).Key : UnknownKey;

    /// <summary>Computes the figures of the cases <paramref name="scope"/> may find, received in the period.</summary>
    /// <param name="db">The database.</param>
    /// <param name="scope">The user's scope: the figures count only the cases they may find.</param>
    /// <param name="filter">Period and unit.</param>
    /// <param name="now">The instant "handled on time" is judged at (open steps past due count as late).</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<CaseFigureReport> CaseFiguresAsync(this TreEmDbContext db, UserScope scope, CaseFigureFilter filter,
        DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.To < filter.From) throw new ArgumentException("The period ends before it starts.", nameof(filter));
        var from = StartOfDayUtc(filter.From);
        var until = StartOfDayUtc(filter.To.AddDays(1));
        var cases = db.Cases.VisibleTo(scope).Where(c => c.ReceivedAt >= from && c.ReceivedAt < until);
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null) return Empty(filter);
            cases = cases.Where(c => c.Unit!.Path.StartsWith(path));
        }

        var caseRows = await cases.AsNoTracking()
            .Select(c => new { c.Id, c.UnitId, c.Status, c.AbuseForms, c.ReceivedAt })
            .ToListAsync(ct);
        if (caseRows.Count == 0) return Empty(filter);
        var childRows = await cases.AsNoTracking().SelectMany(c => c.Children)
            .Select(x => new ChildFacts(x.Id, x.CaseId, x.ChildId, x.Sex, x.DateOfBirth, x.EstimatedAge, x.EthnicityCode,
                x.Child != null ? x.Child.MergedIntoId : null,
                x.Child != null ? (Sex?)x.Child.Sex : null,
                x.Child != null ? x.Child.DateOfBirth : null,
                x.Child != null ? (int?)x.Child.BirthYear : null,
                x.Child != null ? x.Child.EthnicityCode : null))
            .ToListAsync(ct);
        var stepRows = await cases.AsNoTracking().SelectMany(c => c.Steps)
            .Select(s => new { s.CaseId, s.DueAt, s.CompletedAt })
            .ToListAsync(ct);
        var unitIds = caseRows.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var ethnicities = await db.Ethnicities.AsNoTracking().Select(e => new { e.Code, e.Name, e.SortOrder }).ToListAsync(ct);

        var receivedOn = caseRows.ToDictionary(c => c.Id, c => DateOnly.FromDateTime(WorkingCalendar.ToVietnam(c.ReceivedAt)));
        var children = childRows.Select(x => new
        {
            x.CaseId,
            Key = x.ChildId is { } id ? "c" + (x.RegisterMergedIntoId ?? id) : "p" + x.Id,
            Sex = x.RegisterSex is { } s ? (s == Sex.Nam ? CaseChildSex.Nam : CaseChildSex.Nu) : x.Sex,
            Band = AgeBandOf(x.AgeOn(receivedOn[x.CaseId])),
            Ethnicity = string.IsNullOrWhiteSpace(x.RegisterEthnicity) ? (string.IsNullOrWhiteSpace(x.EthnicityCode) ? null : x.EthnicityCode) : x.RegisterEthnicity,
        }).ToList();
        var childrenOfCase = children.GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Count());
        int ChildrenOf(IEnumerable<int> caseIds) => caseIds.Sum(id => childrenOfCase.GetValueOrDefault(id));

        var rows = new List<CaseFigureRow>();

        // Forms of abuse: a case with two forms counts once in each.
        foreach (var form in AbuseForms)
        {
            var ids = caseRows.Where(c => (c.AbuseForms & form) != 0).Select(c => c.Id).ToList();
            rows.Add(new CaseFigureRow(ByAbuseForm, form.ToString(), AbuseFormLabel(form), ids.Count, ChildrenOf(ids)));
        }
        var noForm = caseRows.Where(c => c.AbuseForms == AbuseForm.None).Select(c => c.Id).ToList();
        if (noForm.Count > 0)
            rows.Add(new CaseFigureRow(ByAbuseForm, UnknownKey, AbuseFormLabel(AbuseForm.None), noForm.Count, ChildrenOf(noForm)));

        // Children's sex, age band and ethnicity: each child line once per case.
        foreach (var sex in new[] { CaseChildSex.Nam, CaseChildSex.Nu, CaseChildSex.KhongRo })
        {
            var matching = children.Where(x => x.Sex == sex).ToList();
            var key = sex == CaseChildSex.KhongRo ? UnknownKey : sex.ToString();
            rows.Add(new CaseFigureRow(BySex, key, SexLabel(sex), matching.Select(x => x.CaseId).Distinct().Count(), matching.Count));
        }
        foreach (var band in AgeBands.Select(b => (b.Key, b.Label)).Append((Key: UnknownKey, Label: UnknownLabel)))
        {
            var matching = children.Where(x => x.Band == band.Key).ToList();
            if (matching.Count == 0 && band.Key == "16+") continue;
            rows.Add(new CaseFigureRow(ByAgeBand, band.Key, band.Label, matching.Select(x => x.CaseId).Distinct().Count(), matching.Count));
        }
        var ethnicityNames = ethnicities.ToDictionary(e => e.Code, e => (e.Name, e.SortOrder), StringComparer.Ordinal);
        foreach (var group in children.GroupBy(x => x.Ethnicity ?? UnknownKey)
                     .OrderBy(g => g.Key == UnknownKey ? int.MaxValue : ethnicityNames.TryGetValue(g.Key, out var e) ? e.SortOrder : int.MaxValue - 1)
                     .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var label = group.Key == UnknownKey ? UnknownLabel : ethnicityNames.TryGetValue(group.Key, out var e) ? e.Name : group.Key;
            rows.Add(new CaseFigureRow(ByEthnicity, group.Key, label, group.Select(x => x.CaseId).Distinct().Count(), group.Count()));
        }

        // Units: the commune each case belongs to.
        foreach (var unit in units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            var ids = caseRows.Where(c => c.UnitId == unit.Id).Select(c => c.Id).ToList();
            rows.Add(new CaseFigureRow(ByUnit, unit.Code, unit.Name, ids.Count, ChildrenOf(ids)));
        }

        // Handled on time, computed by the domain from the recorded step times.
        var stepsOf = stepRows.ToLookup(s => s.CaseId);
        var judged = caseRows.Select(c =>
        {
            var shell = new Case
            {
                Status = c.Status,
                Steps = stepsOf[c.Id].Select(s => new CaseStep { DueAt = s.DueAt, CompletedAt = s.CompletedAt }).ToList(),
            };
            return (Closed: shell.IsClosed, OnTime: shell.HandledOnTime(now));
        }).ToList();
        var onTime = new CaseOnTimeShare(judged.Count, judged.Count(j => j.OnTime),
            judged.Count(j => j.Closed), judged.Count(j => j.Closed && j.OnTime),
            judged.Count(j => !j.Closed), judged.Count(j => !j.Closed && j.OnTime));

        return new CaseFigureReport(filter, caseRows.Count, children.Count, children.Select(x => x.Key).Distinct().Count(), rows, onTime);
    }

    private static CaseFigureReport Empty(CaseFigureFilter filter)
    {
        var rows = AbuseForms.Select(f => new CaseFigureRow(ByAbuseForm, f.ToString(), AbuseFormLabel(f), 0, 0))
            .Concat(new[] { CaseChildSex.Nam, CaseChildSex.Nu, CaseChildSex.KhongRo }
                .Select(s => new CaseFigureRow(BySex, s == CaseChildSex.KhongRo ? UnknownKey : s.ToString(), SexLabel(s), 0, 0)))
            .Concat(AgeBands.Where(b => b.Key != "16+").Select(b => new CaseFigureRow(ByAgeBand, b.Key, b.Label, 0, 0)))
            .Append(new CaseFigureRow(ByAgeBand, UnknownKey, UnknownLabel, 0, 0))
            .ToList();
        return new CaseFigureReport(filter, 0, 0, 0, rows, new CaseOnTimeShare(0, 0, 0, 0, 0, 0));
    }

    private static DateTime StartOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - WorkingCalendar.VietnamOffset, DateTimeKind.Utc);

    /// <summary>The columns of a case's child that the figures need, with those of the register record when linked.</summary>
    private sealed record ChildFacts(int Id, int CaseId, int? ChildId, CaseChildSex Sex, DateOnly? DateOfBirth, int? EstimatedAge,
        string? EthnicityCode, int? RegisterMergedIntoId, Sex? RegisterSex, DateOnly? RegisterDateOfBirth, int? RegisterBirthYear,
        string? RegisterEthnicity)
    {
        /// <summary>Age in whole years on the day of receipt: from the register when linked, else as reported.</summary>
        public int? AgeOn(DateOnly day) =>
            RegisterDateOfBirth is { } rdob ? ChildAge.YearsBetween(rdob, day)
            : RegisterBirthYear is { } year ? day.Year - year
            : DateOfBirth is { } dob ? ChildAge.YearsBetween(dob, day)
            : EstimatedAge;
    }
}
