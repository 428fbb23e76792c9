using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

internal static partial class ChildListTestData
{
    [GeneratedRegex("data-child-id=\"(\\d+)\"")]
    private static partial Regex ChildIdPattern();

    /// <summary>The ids of the rows of a children list page, in order.</summary>
    public static List<int> ChildIds(string html) =>
        ChildIdPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Adds a current at-risk situation to a child.</summary>
    public static Task AddAtRiskAsync(this TreEmApp app, int childId, string code) =>
        app.WithDbAsync(async db =>
        {
            db.ChildClassifications.Add(new ChildClassification
            {
                ChildId = childId, Kind = ClassificationKind.AtRisk, AtRiskCode = code, StartDate = new DateOnly(2025, 1, 1),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>Moves a child to another unit through the register's rule (a status change row is kept).</summary>
    public static Task MoveAsync(this TreEmApp app, int childId, string toUnitCode) =>
        app.WithDbAsync(async db =>
        {
            var child = await db.Children.Include(c => c.StatusHistory).SingleAsync(c => c.Id == childId);
            var to = await db.Units.SingleAsync(u => u.Code == toUnitCode);
            ChildRules.ChangeStatus(child, ChildStatus.ChuyenDi, new DateOnly(2026, 11, 1), to.Id, "Chuyển nơi ở",
                app.Clock.GetUtcNow().UtcDateTime, "test");
            await db.SaveChangesAsync();
        });

    /// <summary>The list's address searching for a text, with more parameters after it.</summary>
    public static string Search(string text, string more = "") => "/children?q=" + Uri.EscapeDataString(text) + more;
}
