using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>One event: participants, the forum rules it does not meet (a badge and the list), its files.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record FileRow(int Id, string FileName, string ContentType, long Size, DateTime UploadedAt);

    public ChildEvent Event { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public ForumLevel Level { get; private set; }
    public List<ForumWarning> Warnings { get; private set; } = [];
    public List<FileRow> Files { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var e = await db.ChildEvents.AsNoTracking().VisibleTo(scope).Include(x => x.Unit).ThenInclude(u => u!.Type)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        Event = e;
        UnitName = e.Unit!.Name;
        UnitCode = e.Unit.Code;
        Level = ForumRules.LevelOf(e.Unit.Type?.Tier);
        Warnings = ForumRules.Warnings(e, Level);
        Files = await db.EventAttachments.AsNoTracking().Where(a => a.EventId == id).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new FileRow(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync(ct);
        CanWrite = scope.For(Capabilities.ActivityWrite).Covers(e.Unit.Path);
        return Page();
    }

    public static string Tier(UnitTier? tier) => tier switch
    {
        UnitTier.Province => "tỉnh",
        UnitTier.District => "huyện",
        UnitTier.Commune => "xã",
        _ => "",
    };
}
