using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>The ledger of a year as .xlsx (every entry, newest first); each export is audited.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<FundResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var fund = await FundSummary.FindAsync(db, scope, id, write: false, ct);
        if (fund is null) return NotFound();
        var shownYear = year is >= 2000 and <= 2100 ? year.Value : Display.Today(time).Year;
        var entries = await FundSummary.EntriesAsync(db, id, ct);
        var s = FundSummary.Of(fund, entries, shownYear);
        var lines = new LedgerQuery { Year = shownYear }.All(entries);
        var now = time.GetUtcNow().UtcDateTime;
        var fullName = User.FindFirstValue(ClaimTypes.GivenName);
        var totals = l["Thu: {0}; chi: {1}; số dư cuối năm: {2}; chỉ tiêu: {3}", FundText.Money(s.ReceivedInYear),
            FundText.Money(s.DisbursedInYear), FundText.Money(s.BalanceAtYearEnd), s.Target is { } t ? FundText.Money(t) : "—"].Value;
        var header = new FundExportWriter.Header(fund.Name, $"{s.UnitName} ({s.UnitCode})", shownYear, totals, Display.DateTime(now),
            string.IsNullOrEmpty(fullName) || fullName == me.UserName ? me.UserName : $"{fullName} ({me.UserName})");
        var bytes = FundExportWriter.Write(header, lines, l);

        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            UnitId = fund.UnitId,
            Entity = "ChildFund",
            Key = id.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { year = shownYear, rows = lines.Count }),
        });
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, FundExportWriter.FileName(id, shownYear, now));
    }
}
