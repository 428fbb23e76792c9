using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Indicators;

/// <summary>
/// The value of one indicator for a unit in the user's scope and a period ("2021S1", "2021"), with its breakdown rows
/// and the same period of the previous year. A unit outside the scope is 404.
/// </summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    /// <summary>One line: the breakdown key, its label, this period's value and last year's.</summary>
    public sealed record Line(string Dimension, string Key, string Label, IndicatorValue Value, decimal? Previous);

    public IndicatorDefinition Definition { get; private set; } = IndicatorCatalogue.All[0];
    public string UnitCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string PeriodName { get; private set; } = "";
    public FigurePeriod Period { get; private set; } = FigurePeriod.Year(2021);
    public string? PeriodError { get; private set; }
    public IndicatorValue? Total { get; private set; }
    public decimal? PreviousTotal { get; private set; }
    public List<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? unit, string? period, CancellationToken ct)
    {
        if (IndicatorCatalogue.Find(code) is not { } definition) return NotFound();
        Definition = definition;
        var scope = (await me.ScopeAsync(ct)).For(Capabilities.ReportRead);
        var units = db.Units.AsNoTracking().VisibleTo(scope);
        var target = string.IsNullOrWhiteSpace(unit)
            ? await units.OrderBy(u => u.Path.Length).ThenBy(u => u.Code).FirstOrDefaultAsync(ct)
            : await units.FirstOrDefaultAsync(u => u.Code == unit.Trim(), ct);
        if (target is null) return NotFound();
        (UnitCode, UnitName) = (target.Code, target.Name);

        var lastYear = Display.Today(time).Year - 1;
        if (string.IsNullOrWhiteSpace(period)) Period = FigurePeriod.Year(lastYear);
        else if (FigurePeriod.ParseDhis2(period) is { } parsed) Period = parsed;
        else
        {
            Period = FigurePeriod.Year(lastYear);
            PeriodError = "Kỳ không hợp lệ: nhập năm (2021) hoặc 6 tháng (2021S1, 2021S2).";
        }
        PeriodName = Period.Dhis2Name ?? "";

        var now = time.GetUtcNow().UtcDateTime;
        var current = await IndicatorEngine.ComputeAsync(db, scope, target, Period, [definition.Code], now, ct);
        var previous = (await IndicatorEngine.ComputeAsync(db, scope, target, Period.PreviousYear(), [definition.Code], now, ct))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        Total = current.FirstOrDefault(v => v.IsTotal);
        PreviousTotal = previous.GetValueOrDefault(IndicatorValue.Total);

        var childNames = await db.Units.AsNoTracking().Where(u => u.ParentId == target.Id)
            .ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);
        Lines = current.Where(v => !v.IsTotal).Select(v =>
        {
            var colon = v.Key.IndexOf(':', StringComparison.Ordinal);
            var (dimension, key) = colon < 0 ? (v.Key, "") : (v.Key[..colon], v.Key[(colon + 1)..]);
            var label = dimension == IndicatorCatalogue.ByUnit && childNames.TryGetValue(key, out var name) ? $"{name} ({key})" : KeyLabel(dimension, key);
            return new Line(dimension, key, label, v, previous.GetValueOrDefault(v.Key));
        }).ToList();
        return Page();
    }

    private static string KeyLabel(string dimension, string key) => (dimension, key) switch
    {
        (IndicatorCatalogue.BySex, "Nam") => "Nam",
        (IndicatorCatalogue.BySex, "Nu") => "Nữ",
        (_, CaseFigures.UnknownKey) => "Không rõ",
        (IndicatorCatalogue.ByEvent, "ThangHanhDong") => "Tháng hành động vì trẻ em",
        (IndicatorCatalogue.ByEvent, "DienDan") => "Diễn đàn trẻ em",
        (IndicatorCatalogue.ByEvent, "TrungThu") => "Tết Trung thu",
        _ => key,
    };
}
