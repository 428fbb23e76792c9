using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// The children list as .xlsx: every row that matches the list's filters (no paging), in the user's scope, with a
/// header naming the unit, the filters, the date and the user. Each export is audited.
/// </summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IConfiguration config,
    IStringLocalizer<ChildListResource> l) : PageModel
{
    /// <summary>Above this many rows the export is refused: the user narrows the filter (configurable: TreEm:ExportMaxRows).</summary>
    public const int DefaultMaxRows = 200_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string? Message { get; private set; }
    public string BackLink { get; private set; } = "/children";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ChildListQuery.CanRead(scope)) return NotFound();
        var readScope = scope.For(Capabilities.ChildRegisterRead);
        var today = Display.Today(time);
        var filters = ChildListRequest.From(Request.Query);
        BackLink = "/children" + filters.QueryString();

        TreEm.Domain.OrgUnit? unit = null;
        if (filters.Unit is { } code)
        {
            unit = await db.Units.FindVisibleAsync(readScope, code, ct);
            if (unit is null)
            {
                Message = l["Không tìm thấy đơn vị có mã {0}.", code];
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
        }

        var query = new ChildListQuery { Filter = filters.ToFilter(unit?.Path), Sort = filters.Sort };
        var count = await query.CountAsync(db, scope, today, ct);
        var max = config.GetValue("TreEm:ExportMaxRows", DefaultMaxRows);
        if (count > max)
        {
            Message = l["Có {0} trẻ em phù hợp, nhiều hơn mức tối đa {1} dòng của một lần xuất. Hãy thu hẹp điều kiện lọc (ví dụ theo đơn vị) rồi xuất lại.",
                count.ToString("N0", CultureInfo.CurrentCulture), max.ToString("N0", CultureInfo.CurrentCulture)];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await query.AllAsync(db, scope, today, ct);
        var options = await ChildListOptions.LoadAsync(db, today, ct);
        var description = options.Describe(filters, unit?.Name, l);
        var now = time.GetUtcNow().UtcDateTime;
        var fullName = User.FindFirstValue(ClaimTypes.GivenName);
        var header = new ChildExportWriter.Header(
            Unit: unit is not null ? $"{unit.Name} ({unit.Code})" : await ScopeNamesAsync(readScope, ct),
            Filters: description,
            ExportedAt: Display.DateTime(now),
            ExportedBy: string.IsNullOrEmpty(fullName) || fullName == me.UserName ? me.UserName : $"{fullName} ({me.UserName})",
            Count: result.Rows.Count);
        var bytes = ChildExportWriter.Write(header, result, l);

        // The file is built: record who exported what, then hand it over.
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            UnitId = unit?.Id,
            Entity = "Child",
            Key = AuditKey(filters),
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new
            {
                filter = filters.Parameters().ToDictionary(p => p.Key, p => p.Value),
                status = filters.StatusFilter?.ToString() ?? ChildListRequest.AllStatuses,
                sort = filters.Sort,
                description,
                rows = result.Rows.Count,
            }, JsonOptions),
        });
        await db.SaveChangesAsync(ct);
        return File(bytes, ContentType, ChildExportWriter.FileName(now));
    }

    /// <summary>A short description of the filter for the audit log's key: "status=DangQuanLy; unit=23944; q=...".</summary>
    public static string AuditKey(ChildListRequest filters)
    {
        var parts = new List<string> { "status=" + (filters.StatusFilter?.ToString() ?? ChildListRequest.AllStatuses) };
        parts.AddRange(filters.Parameters().Where(p => p.Key != "status").Select(p => p.Key + "=" + p.Value));
        var key = string.Join("; ", parts);
        return key.Length <= 200 ? key : key[..199] + "…";
    }

    /// <summary>The names of the units at the roots of the user's register scope ("Toàn hệ thống" for an administrator).</summary>
    private async Task<string> ScopeNamesAsync(UserScope readScope, CancellationToken ct)
    {
        if (readScope.All) return l["Toàn hệ thống"];
        var paths = readScope.Paths.ToList();
        var names = await db.Units.AsNoTracking().Where(u => paths.Contains(u.Path))
            .OrderBy(u => u.Path).Select(u => u.Name + " (" + u.Code + ")").ToListAsync(ct);
        return string.Join(", ", names);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
