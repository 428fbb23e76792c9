using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>
/// Corrects an event. Optimistic concurrency: the form carries the version it was read at; when someone else saved
/// in between, nothing is overwritten, the user keeps what they typed and is told to check and save again.
/// </summary>
public class EditModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<EventsResource> l) : EventFormPage(db, l)
{
    [BindProperty]
    public int Version { get; set; }

    public int EventId { get; private set; }
    public string Theme { get; private set; } = "";
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var e = await LoadAsync(scope, id, ct);
        if (e is null) return NotFound();
        if (!scope.For(Capabilities.ActivityWrite).Covers(e.Unit!.Path)) return Forbid();
        Input = EventInput.From(e, e.Unit.Code);
        Version = e.Version;
        await LoadOptionsAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var e = await LoadAsync(scope, id, ct);
        if (e is null) return NotFound();
        if (!scope.For(Capabilities.ActivityWrite).Covers(e.Unit!.Path)) return Forbid();
        await LoadOptionsAsync(scope, ct);
        var checkedEvent = await CheckAsync(scope, ct);
        if (checkedEvent is not { } ok) return Page();

        Db.Entry(e).Property(x => x.Version).OriginalValue = Version;
        EventForm.CopyTo(ok.Event, e);
        e.UnitId = ok.Unit.Id;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.ChildEvents.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (current is null)
            {
                TempData["Flash"] = L["Sự kiện đã bị xóa hoặc không còn trong phạm vi của bạn; thay đổi của bạn chưa được lưu."].Value;
                return Redirect("/events");
            }
            Conflict = true;
            ModelState.AddModelError("", L["Sự kiện này vừa được người khác sửa trong lúc bạn đang sửa. Thay đổi của bạn CHƯA được lưu: hãy mở trang sự kiện ở cửa sổ khác để xem bản mới, kiểm tra lại thông tin dưới đây rồi bấm Lưu một lần nữa."]);
            // The next save is checked against the version the user has now been told about.
            Version = current.Version;
            return Page();
        }
        var warnings = ForumRules.Warnings(e, ForumRules.LevelOf(ok.Unit.Type?.Tier));
        TempData["Flash"] = SavedMessage(L["Đã lưu sự kiện «{0}».", e.Theme].Value, warnings);
        return Redirect(EventText.Url(id));
    }

    private async Task<ChildEvent?> LoadAsync(UserScope scope, int id, CancellationToken ct)
    {
        var e = await Db.ChildEvents.VisibleTo(scope).Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is not null)
        {
            EventId = e.Id;
            Theme = e.Theme;
        }
        return e;
    }
}
