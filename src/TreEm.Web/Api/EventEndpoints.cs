using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Pages.Events;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>Events (sự kiện) over REST: the same scope, checks and forum warnings as the pages.</summary>
public static class EventEndpoints
{
    public const int PageSize = 50;

    public sealed record EventItem(
        int Id, EventKind Kind, string UnitCode, string UnitName, DateOnly StartDate, DateOnly EndDate, string Venue, string Theme,
        int ChildrenMale, int ChildrenFemale, int ChildrenEthnicMinority, int AdultsInCharge, int Volunteers, int Guests, int OtherAdults,
        bool ParentalConsentCollected, string? Results, string? IssuesRaised, IReadOnlyList<string> Warnings);

    public sealed record EventPage(IReadOnlyList<EventItem> Items, int Page, int PageSize, int Total, int ChildrenMale, int ChildrenFemale);

    public sealed record EventCreateRequest(
        EventKind? Kind, string? UnitCode, DateOnly? StartDate, DateOnly? EndDate, string? Venue, string? Theme, int? ChildrenMale,
        int? ChildrenFemale, int? ChildrenEthnicMinority, int? AdultsInCharge, int? Volunteers, int? Guests, int? OtherAdults,
        bool? ParentalConsentCollected, string? Results, string? IssuesRaised);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync)
            .WithName("ListEvents")
            .WithSummary("Events in the user's scope, newest first, 50 a page")
            .WithDescription("Filters: unit (official code of a unit in scope: its whole subtree), year (of the start date), kind " +
                "(ThangHanhDong, DienDan, TrungThu, PhatDong, Khac). Each event carries its forum warnings (Circular 29/2019); " +
                "the page carries the total count and the children by sex.")
            .Produces<EventPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/events", CreateAsync)
            .WithName("CreateEvent")
            .WithSummary("Record an event organised by a unit the user may record activities for")
            .WithDescription("Fields: kind (ThangHanhDong, DienDan, TrungThu, PhatDong, Khac), unitCode (the organising unit; its " +
                "level is the forum's level), startDate, endDate (yyyy-MM-dd; endDate not before startDate, startDate when absent), " +
                "venue, theme, childrenMale, childrenFemale, childrenEthnicMinority, adultsInCharge, volunteers, guests, otherAdults " +
                "(0 or more), parentalConsentCollected, results, issuesRaised. Answers 201 with the event and its warnings (the " +
                "forum rules only warn); refused data answers 400 with Vietnamese messages; a unit outside the scope answers 404.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<EventCreateRequest>)
            .Produces<EventItem>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? unit, int? year, string? kind, int? page, CurrentUser me, TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pageNo = page ?? 1;
        var errors = ApiServices.ListFilterErrors(pageNo, year);
        EventKind? kindFilter = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (Enum.TryParse<EventKind>(kind.Trim(), ignoreCase: false, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _)) kindFilter = k;
            else errors["kind"] = ["Loại sự kiện phải là một trong: ThangHanhDong, DienDan, TrungThu, PhatDong, Khac."];
        }
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var query = db.ChildEvents.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var code = unit.Trim();
            var path = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead))
                .Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy / Not found",
                    detail: $"Không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.");
            query = query.Where(e => e.Unit!.Path.StartsWith(path));
        }
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(e => e.StartDate >= from && e.StartDate <= to);
        }
        if (kindFilter is { } kf) query = query.Where(e => e.Kind == kf);
        var totals = await query.Select(e => new { e.ChildrenMale, e.ChildrenFemale }).ToListAsync(ct);
        var items = await LoadAsync(query.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).Skip((pageNo - 1) * PageSize).Take(PageSize), ct);
        return Results.Ok(new EventPage(items, pageNo, PageSize, totals.Count, totals.Sum(t => t.ChildrenMale), totals.Sum(t => t.ChildrenFemale)));
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Nội dung phải là JSON (Content-Type: application/json).");
        EventCreateRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<EventCreateRequest>(json.Value.SerializerOptions, ct);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is null or "$" ? "body" : ex.Path.TrimStart('$', '.');
            var message = field switch
            {
                "startDate" or "endDate" => "Ngày không hợp lệ: hãy ghi theo dạng yyyy-MM-dd.",
                "kind" => "Loại sự kiện phải là một trong: ThangHanhDong, DienDan, TrungThu, PhatDong, Khac.",
                "body" => "Nội dung không phải JSON hợp lệ.",
                _ => "Giá trị không hợp lệ.",
            };
            return ApiServices.Invalid(new() { [field] = [message] });
        }
        if (body is null) return ApiServices.Invalid(new() { ["body"] = ["Thiếu nội dung JSON."] });

        var e = new ChildEvent
        {
            Kind = body.Kind ?? EventKind.Khac, StartDate = body.StartDate ?? default, EndDate = body.EndDate ?? body.StartDate ?? default,
            Venue = (body.Venue ?? "").Trim(), Theme = (body.Theme ?? "").Trim(), ChildrenMale = body.ChildrenMale ?? 0,
            ChildrenFemale = body.ChildrenFemale ?? 0, ChildrenEthnicMinority = body.ChildrenEthnicMinority ?? 0,
            AdultsInCharge = body.AdultsInCharge ?? 0, Volunteers = body.Volunteers ?? 0, Guests = body.Guests ?? 0,
            OtherAdults = body.OtherAdults ?? 0, ParentalConsentCollected = body.ParentalConsentCollected ?? false,
            Results = string.IsNullOrWhiteSpace(body.Results) ? null : body.Results.Trim(),
            IssuesRaised = string.IsNullOrWhiteSpace(body.IssuesRaised) ? null : body.IssuesRaised.Trim(),
        };
        var errors = EventForm.Check(e).ToDictionary(x => ChildEndpoints.JsonName(x.Key), x => new[] { x.Value }, StringComparer.Ordinal);
        if (body.Kind is null) errors["kind"] = ["Vui lòng chọn loại sự kiện (kind)."];
        if (body.StartDate is null)
        {
            errors["startDate"] = ["Vui lòng nhập ngày bắt đầu (startDate)."];
            errors.Remove("endDate");
        }
        if (string.IsNullOrWhiteSpace(body.UnitCode)) errors["unitCode"] = ["Vui lòng chọn đơn vị tổ chức (unitCode)."];
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var unitCode = body.UnitCode!.Trim();
        var visible = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead)).AnyAsync(u => u.Code == unitCode, ct);
        if (!visible) return ApiServices.NotFound();
        var unit = await EventForm.FindWritableUnitAsync(db, scope, unitCode, ct);
        if (unit is null)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
                detail: "Bạn không có quyền ghi sự kiện cho đơn vị này.");

        e.UnitId = unit.Id;
        e.CreatedAt = time.GetUtcNow().UtcDateTime;
        e.CreatedByUserId = me.Id;
        db.ChildEvents.Add(e);
        await db.SaveChangesAsync(ct);
        var item = (await LoadAsync(db.ChildEvents.AsNoTracking().Where(x => x.Id == e.Id), ct)).Single();
        return Results.Created($"/api/v1/events/{e.Id}", item);
    }

    private static async Task<List<EventItem>> LoadAsync(IQueryable<ChildEvent> query, CancellationToken ct)
    {
        var rows = await query.Select(e => new { Event = e, e.Unit!.Code, e.Unit.Name, Tier = (UnitTier?)e.Unit.Type!.Tier }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var e = r.Event;
            var warnings = ForumRules.Warnings(e, ForumRules.LevelOf(r.Tier)).Select(w => w.Text).ToList();
            return new EventItem(e.Id, e.Kind, r.Code, r.Name, e.StartDate, e.EndDate, e.Venue, e.Theme, e.ChildrenMale, e.ChildrenFemale,
                e.ChildrenEthnicMinority, e.AdultsInCharge, e.Volunteers, e.Guests, e.OtherAdults, e.ParentalConsentCollected, e.Results,
                e.IssuesRaised, warnings);
        }).ToList();
    }
}
