using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Events;

/// <summary>
/// The event as the new and edit forms carry it. Dates and counts travel as text so that what was typed comes back
/// as typed, with a Vietnamese message, when it cannot be read.
/// </summary>
public sealed class EventInput
{
    public EventKind? Kind { get; set; }
    public string? UnitCode { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Venue { get; set; }
    public string? Theme { get; set; }
    public string? ChildrenMale { get; set; }
    public string? ChildrenFemale { get; set; }
    public string? ChildrenEthnicMinority { get; set; }
    public string? AdultsInCharge { get; set; }
    public string? Volunteers { get; set; }
    public string? Guests { get; set; }
    public string? OtherAdults { get; set; }
    public bool ParentalConsentCollected { get; set; }
    public string? Results { get; set; }
    public string? IssuesRaised { get; set; }

    public static EventInput From(ChildEvent e, string unitCode)
    {
        static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new()
        {
            Kind = e.Kind, UnitCode = unitCode, StartDate = Display.Date(e.StartDate), EndDate = Display.Date(e.EndDate), Venue = e.Venue,
            Theme = e.Theme, ChildrenMale = N(e.ChildrenMale), ChildrenFemale = N(e.ChildrenFemale),
            ChildrenEthnicMinority = N(e.ChildrenEthnicMinority), AdultsInCharge = N(e.AdultsInCharge), Volunteers = N(e.Volunteers),
            Guests = N(e.Guests), OtherAdults = N(e.OtherAdults), ParentalConsentCollected = e.ParentalConsentCollected,
            Results = e.Results, IssuesRaised = e.IssuesRaised,
        };
    }

    /// <summary>Reads the form into an event (without its unit); the errors are by field name of <see cref="EventInput"/>.</summary>
    public ChildEvent Read(Dictionary<string, string> errors)
    {
        const string badDate = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        if (Kind is null || !Enum.IsDefined(Kind.Value)) errors[nameof(Kind)] = "Vui lòng chọn loại sự kiện.";
        var start = Display.ParseDate(StartDate);
        if (string.IsNullOrWhiteSpace(StartDate)) errors[nameof(StartDate)] = "Vui lòng nhập ngày bắt đầu.";
        else if (start is null) errors[nameof(StartDate)] = badDate;
        var end = string.IsNullOrWhiteSpace(EndDate) ? start : Display.ParseDate(EndDate);
        if (!string.IsNullOrWhiteSpace(EndDate) && end is null) errors[nameof(EndDate)] = badDate;
        int Count(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return 0;
            if (int.TryParse(text.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                && v <= 1_000_000) return v;
            errors[field] = "Số người phải là một số nguyên, ví dụ 45.";
            return 0;
        }
        var e = new ChildEvent
        {
            Kind = Kind ?? EventKind.Khac,
            StartDate = start ?? default,
            EndDate = end ?? start ?? default,
            Venue = (Venue ?? "").Trim(),
            Theme = (Theme ?? "").Trim(),
            ChildrenMale = Count(ChildrenMale, nameof(ChildrenMale)),
            ChildrenFemale = Count(ChildrenFemale, nameof(ChildrenFemale)),
            ChildrenEthnicMinority = Count(ChildrenEthnicMinority, nameof(ChildrenEthnicMinority)),
            AdultsInCharge = Count(AdultsInCharge, nameof(AdultsInCharge)),
            Volunteers = Count(Volunteers, nameof(Volunteers)),
            Guests = Count(Guests, nameof(Guests)),
            OtherAdults = Count(OtherAdults, nameof(OtherAdults)),
            ParentalConsentCollected = ParentalConsentCollected,
            Results = string.IsNullOrWhiteSpace(Results) ? null : Results.Trim(),
            IssuesRaised = string.IsNullOrWhiteSpace(IssuesRaised) ? null : IssuesRaised.Trim(),
        };
        foreach (var (field, message) in EventForm.Check(e))
        {
            if (field == nameof(ChildEvent.EndDate) && (start is null || end is null)) continue;
            errors.TryAdd(field, message);
        }
        if (string.IsNullOrWhiteSpace(UnitCode)) errors[nameof(UnitCode)] = "Vui lòng chọn đơn vị tổ chức.";
        return e;
    }
}

/// <summary>Checks and unit choices shared by the pages and the API.</summary>
public static class EventForm
{
    /// <summary>The forum rules' plain errors and the length limits of the columns.</summary>
    public static Dictionary<string, string> Check(ChildEvent e)
    {
        var errors = ForumRules.Errors(e);
        if (e.Theme.Length > 500) errors.TryAdd(nameof(ChildEvent.Theme), "Chủ đề dài quá 500 ký tự.");
        if (e.Venue.Length > 300) errors.TryAdd(nameof(ChildEvent.Venue), "Địa điểm dài quá 300 ký tự.");
        if (e.Results?.Length > 4000) errors.TryAdd(nameof(ChildEvent.Results), "Kết quả dài quá 4.000 ký tự.");
        if (e.IssuesRaised?.Length > 4000) errors.TryAdd(nameof(ChildEvent.IssuesRaised), "Ý kiến, kiến nghị dài quá 4.000 ký tự.");
        return errors;
    }

    public sealed record UnitOption(string Code, string Label);

    /// <summary>Units where the user may record events: provinces, districts and communes of their write scope.</summary>
    public static IQueryable<OrgUnit> WritableUnits(TreEmDbContext db, UserScope scope) =>
        db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityWrite)).Where(u => u.Type!.Tier != UnitTier.Village);

    public static async Task<List<UnitOption>> UnitOptionsAsync(TreEmDbContext db, UserScope scope, CancellationToken ct)
    {
        var units = await WritableUnits(db, scope).OrderBy(u => u.Path)
            .Select(u => new { u.Code, u.Name, u.Path, Type = u.Type!.Name }).ToListAsync(ct);
        var top = units.Count == 0 ? 0 : units.Min(u => u.Path.Count(c => c == '/'));
        return units.Select(u => new UnitOption(u.Code, new string('\u00A0', 3 * (u.Path.Count(c => c == '/') - top)) + u.Name + " (" + u.Code + ")"))
            .ToList();
    }

    public static Task<OrgUnit?> FindWritableUnitAsync(TreEmDbContext db, UserScope scope, string? code, CancellationToken ct) =>
        code is null ? Task.FromResult<OrgUnit?>(null) : WritableUnits(db, scope).Include(u => u.Type).FirstOrDefaultAsync(u => u.Code == code.Trim(), ct);

    public static void CopyTo(ChildEvent from, ChildEvent to)
    {
        to.Kind = from.Kind;
        to.StartDate = from.StartDate;
        to.EndDate = from.EndDate;
        to.Venue = from.Venue;
        to.Theme = from.Theme;
        to.ChildrenMale = from.ChildrenMale;
        to.ChildrenFemale = from.ChildrenFemale;
        to.ChildrenEthnicMinority = from.ChildrenEthnicMinority;
        to.AdultsInCharge = from.AdultsInCharge;
        to.Volunteers = from.Volunteers;
        to.Guests = from.Guests;
        to.OtherAdults = from.OtherAdults;
        to.ParentalConsentCollected = from.ParentalConsentCollected;
        to.Results = from.Results;
        to.IssuesRaised = from.IssuesRaised;
    }
}

/// <summary>What the new and edit pages share: the bound input, the unit choices and the checks.</summary>
public abstract class EventFormPage(TreEmDbContext db, IStringLocalizer<EventsResource> l) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public List<EventForm.UnitOption> UnitOptions { get; private set; } = [];

    protected TreEmDbContext Db => db;
    protected IStringLocalizer<EventsResource> L => l;

    protected async Task LoadOptionsAsync(UserScope scope, CancellationToken ct) => UnitOptions = await EventForm.UnitOptionsAsync(db, scope, ct);

    /// <summary>The event typed and its unit, or null with the messages in ModelState.</summary>
    protected async Task<(ChildEvent Event, OrgUnit Unit)?> CheckAsync(UserScope scope, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var e = Input.Read(errors);
        var unit = await EventForm.FindWritableUnitAsync(db, scope, Input.UnitCode, ct);
        if (unit is null && !errors.ContainsKey(nameof(EventInput.UnitCode)))
            errors[nameof(EventInput.UnitCode)] = "Đơn vị tổ chức không có hoặc ngoài phạm vi của bạn.";
        foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
        if (errors.Count > 0 || unit is null) return null;
        e.UnitId = unit.Id;
        return (e, unit);
    }

    /// <summary>The flash after a save: the forum warnings, when there are any, are part of the confirmation.</summary>
    protected string SavedMessage(string saved, List<ForumWarning> warnings) => warnings.Count == 0
        ? saved
        : saved + " " + l["Lưu ý ({0} cảnh báo):", warnings.Count].Value + " " + string.Join(" ", warnings.Select(w => EventText.Warning(l, w)));
}
