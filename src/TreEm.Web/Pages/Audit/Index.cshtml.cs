using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Audit;

/// <summary>
/// The audit log, newest first, for administrators and inspectors. Read-only: the page has no POST handler and
/// the application has no way to change or delete an entry.
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
[ReadOnlyPage]
public class IndexModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<AuditResource> l) : PageModel
{
    /// <summary>The filters as typed: plain query keys (?user=...&amp;unit=...), kept as text so a bad value is shown back.</summary>
    public sealed class AuditFilter
    {
        public string? User { get; set; }
        public string? Unit { get; set; }
        public string? Entity { get; set; }
        public string? Key { get; set; }
        public string? Action { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "")]
    public AuditFilter Filter { get; set; } = new();

    /// <summary>
    /// The page of the list, from ?page=N. Read from the query string itself: "page" is also the route value
    /// Razor Pages uses for the page's name, which model binding would read first.
    /// </summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;

    public IReadOnlyList<string> Entities { get; private set; } = [];

    /// <summary>The list, or null when a filter is invalid (the messages say what to fix).</summary>
    public AuditPage? Result { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? UnitName { get; private set; }

    public bool Filtered => new[] { Filter.User, Filter.Unit, Filter.Entity, Filter.Key, Filter.Action, Filter.From, Filter.To }
        .Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var query = new AuditQuery(db);
        Entities = await query.EntitiesAsync(scope, ct);
        var criteria = await CriteriaAsync(scope, ct);
        if (criteria is not null) Result = await query.ListAsync(scope, criteria, PageNumber, ct);
    }

    /// <summary>The link to another page of the same list: the filters stay.</summary>
    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["user"] = Filter.User, ["unit"] = Filter.Unit, ["entity"] = Filter.Entity, ["key"] = Filter.Key,
            ["action"] = Filter.Action, ["from"] = Filter.From, ["to"] = Filter.To,
        }.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!.Trim());
        if (page > 1) values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/audit", values!);
    }

    private async Task<AuditCriteria?> CriteriaAsync(UserScope scope, CancellationToken ct)
    {
        string? unitPath = null;
        if (!string.IsNullOrWhiteSpace(Filter.Unit))
        {
            var code = Filter.Unit.Trim();
            var unit = await db.Units.FindVisibleAsync(scope, code, ct);
            if (unit is null) Errors["unit"] = l["Không tìm thấy đơn vị có mã «{0}» trong phạm vi bạn được xem.", code];
            else (unitPath, UnitName) = (unit.Path, unit.Name);
        }

        Auditing.AuditAction? action = null;
        if (!string.IsNullOrWhiteSpace(Filter.Action))
        {
            if (AuditLabels.TryParseAction(Filter.Action, out var a)) action = a;
            else Errors["action"] = l["Thao tác không hợp lệ."];
        }

        var from = Day("from", Filter.From);
        var to = Day("to", Filter.To);
        if (from is { } f && to is { } t && f > t)
            Errors["to"] = l["Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."];

        if (Errors.Count > 0) return null;
        return new AuditCriteria(
            UserName: string.IsNullOrWhiteSpace(Filter.User) ? null : Filter.User.Trim().ToLowerInvariant(),
            UnitPath: unitPath,
            Entity: string.IsNullOrWhiteSpace(Filter.Entity) ? null : Filter.Entity.Trim(),
            Key: string.IsNullOrWhiteSpace(Filter.Key) ? null : Filter.Key.Trim(),
            Action: action,
            // Days are Vietnam days: from the start of "from" to the start of the day after "to".
            FromUtc: from is { } start ? Display.StartOfDayUtc(start) : null,
            ToUtc: to is { } end ? Display.StartOfDayUtc(end.AddDays(1)) : null);
    }

    private DateOnly? Day(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var day = Display.ParseDate(text);
        if (day is null) Errors[field] = l["Ngày «{0}» không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.", text.Trim()];
        return day;
    }
}
