using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Audit;

/// <summary>Changes made straight through the DbContext (so audited) by a named actor, and reading the audit page.</summary>
internal static partial class AuditTestData
{
    /// <summary>Runs work on a DbContext whose audit actor is <paramref name="actor"/>, giving <paramref name="reason"/>.</summary>
    public static async Task AsAsync(this TreEmApp app, string actor, string? reason, Func<TreEmDbContext, Task> work)
    {
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<TreEmDbContext>>();
        await using var db = new TreEmDbContext(options, new SystemActor(actor) { Reason = reason }, app.Clock);
        await work(db);
    }

    /// <summary>Renames a unit; returns the id of the audit entry of the change.</summary>
    public static async Task<long> RenameUnitAsync(this TreEmApp app, string code, string newName, string actor = "system", string? reason = null)
    {
        string key = "";
        await app.AsAsync(actor, reason, async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == code);
            unit.Name = newName;
            unit.NameSearch = VietnameseText.Normalize(newName);
            await db.SaveChangesAsync();
            key = unit.Id.ToString(CultureInfo.InvariantCulture);
        });
        return await app.LastEntryIdAsync(nameof(OrgUnit), key, AuditAction.Update);
    }

    /// <summary>Adds a unit under a new root "/{code}/", outside the demo province 64; returns the unit's id.</summary>
    public static async Task<int> AddRootUnitAsync(this TreEmApp app, string code, string name)
    {
        var id = 0;
        await app.AsAsync("system", null, async db =>
        {
            var unit = new OrgUnit { Code = code, Name = name, NameSearch = VietnameseText.Normalize(name), TypeCode = "tinh", Path = "/" + code + "/" };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            id = unit.Id;
        });
        return id;
    }

    public static Task<long> LastEntryIdAsync(this TreEmApp app, string entity, string key, AuditAction action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.Key == key && a.Action == action)
            .OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());

    public static Task<string> KeyOfUnitAsync(this TreEmApp app, string code) =>
        app.WithDbAsync(async db => (await db.Units.SingleAsync(u => u.Code == code)).Id.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex("<tr data-testid=\"audit-row\" data-id=\"(\\d+)\">")]
    private static partial Regex RowStart();

    /// <summary>The rows of the audit list: entry id → the row's HTML, decoded.</summary>
    public static Dictionary<long, string> Rows(string html)
    {
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        var body = end < 0 ? html : html[..end];
        var starts = RowStart().Matches(body).ToList();
        var rows = new Dictionary<long, string>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].Index;
            var to = i + 1 < starts.Count ? starts[i + 1].Index : body.Length;
            rows[long.Parse(starts[i].Groups[1].Value, CultureInfo.InvariantCulture)] = WebUtility.HtmlDecode(body[from..to]);
        }
        return rows;
    }

    /// <summary>The text of an element with data-testid, decoded and trimmed, or null.</summary>
    public static string? TestId(string html, string testId)
    {
        var m = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;
    }
}
