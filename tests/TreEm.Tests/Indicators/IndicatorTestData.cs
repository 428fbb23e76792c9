using Microsoft.EntityFrameworkCore;
using TreEm.Data.Indicators;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Indicators;

/// <summary>Builders for the indicator fixtures, written through the real DbContext.</summary>
public static class IndicatorTestData
{
    public static readonly UserScope Everything = UserScope.Everything(null, [Role.Administrator]);

    /// <summary>The values of the indicators for a unit and a period, keyed "CODE" (total) or "CODE|dimension:key".</summary>
    public static Task<Dictionary<string, IndicatorValue>> ComputeAsync(this TreEmApp app, string unitCode, FigurePeriod period,
        string[]? codes = null, UserScope? scope = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var values = await IndicatorEngine.ComputeAsync(db, scope ?? Everything, unit, period, codes, app.Clock.GetUtcNow().UtcDateTime);
            return values.ToDictionary(v => v.IsTotal ? v.Code : v.Code + "|" + v.Key);
        });

    public static decimal? V(this Dictionary<string, IndicatorValue> values, string key) => values[key].Value;

    public static Task ClassifyAsync(this TreEmApp app, int childId, ClassificationKind kind, string code, DateOnly start, DateOnly? end = null) =>
        app.WithDbAsync(async db =>
        {
            db.ChildClassifications.Add(new ChildClassification
            {
                ChildId = childId, Kind = kind, StartDate = start, EndDate = end,
                GroupCode = kind == ClassificationKind.SpecialCircumstance ? code : null,
                AtRiskCode = kind == ClassificationKind.AtRisk ? code : null,
            });
            await db.SaveChangesAsync();
        });

    public static Task SupportAsync(this TreEmApp app, Child child, DateOnly date, string form = "QUA", decimal value = 100_000m,
        FundingSource source = FundingSource.NganSachTinh) =>
        app.WithDbAsync(async db =>
        {
            db.SupportRecords.Add(new SupportRecord
            {
                ChildId = child.Id, UnitId = child.UnitId, FormCode = form, Date = date, ValueVnd = value, Source = source,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });
}
