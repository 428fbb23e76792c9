using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Plans;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Plans;

/// <summary>Plans made straight in the database for the page tests.</summary>
public static class PlanTestData
{
    public static IReadOnlyList<PlanTarget> DefaultTargets() =>
    [
        new() { Order = 1, IndicatorCode = "HCDB_TRO_GIUP_PT", Comparator = TargetComparator.AtLeast, Value = 98.5m, Text = "98,5% trẻ em HCĐB được trợ giúp" },
        new() { Order = 2, IndicatorCode = "TE_BI_XAM_HAI", Comparator = TargetComparator.BelowPreviousYear, Text = "Giảm trẻ em bị xâm hại" },
        new() { Order = 3, IndicatorCode = "QUY_VAN_DONG", Comparator = TargetComparator.AtLeast, Value = 4_000_000_000m, Text = "Vận động quỹ 4 tỷ" },
    ];

    public static Task<Plan> CreatePlanAsync(this TreEmApp app, string unitCode, int year, string number, string title = "Kế hoạch thử",
        IReadOnlyList<PlanTarget>? targets = null, int? parentId = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var plan = new Plan
            {
                UnitId = unit.Id, Year = year, Number = number, IssuedOn = new DateOnly(year, 3, 18), Title = title,
                LegalBases = "Căn cứ thứ nhất\nCăn cứ thứ hai", Tasks = "Nhiệm vụ một\nNhiệm vụ hai", ParentPlanId = parentId,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime, CreatedBy = "test",
                Targets = (targets ?? DefaultTargets()).Select(t => new PlanTarget
                {
                    Order = t.Order, IndicatorCode = t.IndicatorCode, Comparator = t.Comparator, Value = t.Value, Text = t.Text,
                }).ToList(),
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });

    /// <summary>The form fields of a plan with the given target rows (indicator, comparator, value).</summary>
    public static Dictionary<string, string> Form(string number, string issuedOn, string title, params (string Code, string Comparator, string Value)[] targets)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Number"] = number, ["Input.IssuedOn"] = issuedOn, ["Input.Title"] = title,
            ["Input.LegalBases"] = "Công văn 375/LĐTBXH-TE", ["Input.Tasks"] = "Nhiệm vụ một\nNhiệm vụ hai",
        };
        for (var i = 0; i < targets.Length; i++)
        {
            form[$"Input.Targets[{i}].IndicatorCode"] = targets[i].Code;
            form[$"Input.Targets[{i}].Comparator"] = targets[i].Comparator;
            form[$"Input.Targets[{i}].Value"] = targets[i].Value;
            form[$"Input.Targets[{i}].Text"] = "Chỉ tiêu " + (i + 1);
        }
        return form;
    }
}
