using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Training;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>Training courses, sessions, participants and coverage over REST: the same scope, checks and audit as the pages.</summary>
public static class TrainingEndpoints
{
    public const int PageSize = 50;

    public sealed record CourseItem(int Id, string Title, int Year, IReadOnlyList<TrainingTopics> Topics, string UnitCode, string UnitName,
        string? FundingNote, int Sessions, int Participants);

    public sealed record CoursePage(IReadOnlyList<CourseItem> Items, int Page, int PageSize, int Total);

    public sealed record ParticipantItem(int Id, int? PersonId, string FullName, string? Organisation, PersonKind? Kind, Sex? Sex);

    public sealed record SessionItem(int Id, DateOnly Date, decimal Hours, string Venue, string Trainer, IReadOnlyList<ParticipantItem> Participants);

    public sealed record CourseDetails(int Id, string Title, int Year, IReadOnlyList<TrainingTopics> Topics, string UnitCode, string UnitName,
        string? FundingNote, IReadOnlyList<SessionItem> Sessions);

    public sealed record CourseCreateRequest(string? UnitCode, string? Title, IReadOnlyList<TrainingTopics>? Topics, int? Year, string? FundingNote);

    public sealed record FreeParticipantRequest(string? FullName, string? Organisation, PersonKind? Kind, Sex? Sex);

    public sealed record SessionCreateRequest(DateOnly? Date, decimal? Hours, string? Venue, string? Trainer, IReadOnlyList<int>? PersonIds,
        IReadOnlyList<FreeParticipantRequest>? Participants);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/training/courses", ListAsync)
            .WithName("ListTrainingCourses")
            .WithSummary("Training courses organised by units in the user's scope, newest year first, 50 a page")
            .WithDescription("Filters: unit (official code of a unit in scope: its whole subtree, by organising unit), year.")
            .Produces<CoursePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/training/courses", CreateAsync)
            .WithName("CreateTrainingCourse")
            .WithSummary("Record a training course organised by a unit the user may record activities for")
            .WithDescription("Fields: unitCode, title, topics (one or more of KyNangBaoVeTreEm, QuyTrinhNghiDinh56, QuanLyTruongHop, " +
                "PhongChongXamHai, PhongChongTaiNan, ThamGiaCuaTreEm, ChamSocThayThe, Khac), year, fundingNote. A unit outside the " +
                "user's scope answers 404, one they see but may not write for 403; refused data answers 400 with Vietnamese messages.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<CourseCreateRequest>)
            .Produces<CourseDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/training/courses/{id:int}", GetAsync)
            .WithName("GetTrainingCourse")
            .WithSummary("One training course with its sessions and their participants")
            .Produces<CourseDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/training/courses/{id:int}/sessions", AddSessionAsync)
            .WithName("AddTrainingSession")
            .WithSummary("Add a session to a course, with its participants")
            .WithDescription("Fields: date (yyyy-MM-dd, in the course's year), hours (more than 0, at most 24 a day for the course), " +
                "venue, trainer, personIds (people of the network the user sees), participants (free participants: fullName, " +
                "organisation, kind (PersonKind, DoiTac when absent), sex (Nam, Nu)). A person outside the scope answers 404.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<SessionCreateRequest>)
            .Produces<CourseDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/training/coverage", CoverageAsync)
            .WithName("GetTrainingCoverage")
            .WithSummary("Training coverage of a unit's network in a year")
            .WithDescription("Per child unit: officers (cán bộ tỉnh, huyện, xã) and collaborators active at the end of the year, how many " +
                "attended at least one session that year, and the shares in percent; with the untrained officers. Defaults: the " +
                "user's top unit and the current year.")
            .Produces<TrainingFigures.Coverage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? unit, int? year, int? page, CurrentUser me, TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pageNo = page ?? 1;
        var errors = ApiServices.ListFilterErrors(pageNo, year);
        if (errors.Count > 0) return ApiServices.Invalid(errors);
        var query = db.TrainingCourses.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
            if (found is null) return ApiServices.NotFound();
            query = query.Where(c => c.Unit!.Path.StartsWith(found.Path));
        }
        if (year is { } y) query = query.Where(c => c.Year == y);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).Skip((pageNo - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.Title, c.Year, c.Topics, c.Unit!.Code, c.Unit.Name, c.FundingNote,
                Sessions = c.Sessions.Count, Participants = c.Sessions.Sum(s => s.Participants.Count),
            }).ToListAsync(ct);
        var items = rows.Select(c => new CourseItem(c.Id, c.Title, c.Year, TrainingText.Split(c.Topics).ToList(), c.Code, c.Name, c.FundingNote,
            c.Sessions, c.Participants)).ToList();
        return Results.Ok(new CoursePage(items, pageNo, PageSize, total));
    }

    private static async Task<IResult> GetAsync(int id, CurrentUser me, TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var course = await TrainingText.FindCourseAsync(db, scope, id, ct);
        return course is null ? ApiServices.NotFound() : Results.Ok(await DetailsAsync(db, course, ct));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time,
        IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (body, refused) = await ReadAsync<CourseCreateRequest>(request, json, ct);
        if (refused is not null) return refused;
        var draft = new CourseDraft
        {
            UnitCode = body!.UnitCode, Title = body.Title, Year = body.Year, FundingNote = body.FundingNote,
            Topics = (body.Topics ?? []).Aggregate(TrainingTopics.None, (a, t) => a | t),
        };
        var errors = draft.Check(Display.Today(time));
        if (errors.Count > 0) return ApiServices.Invalid(errors.ToDictionary(e => ChildEndpoints.JsonName(e.Key), e => new[] { e.Value }, StringComparer.Ordinal));
        var unit = await draft.FindUnitAsync(db, scope, ct);
        if (unit is null) return ApiServices.NotFound();
        if (!TrainingText.CanWrite(scope, unit.Path)) return Forbidden();
        var course = draft.ToCourse(unit.Id, time.GetUtcNow().UtcDateTime, me.Id);
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(ct);
        course.Unit = unit;
        return Results.Created($"/api/v1/training/courses/{course.Id}", await DetailsAsync(db, course, ct));
    }

    private static async Task<IResult> AddSessionAsync(int id, HttpRequest request, CurrentUser me, TreEmDbContext db,
        IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var course = await TrainingText.FindCourseAsync(db, scope, id, ct);
        if (course is null) return ApiServices.NotFound();
        if (!TrainingText.CanWrite(scope, course.Unit!.Path)) return Forbidden();
        var (body, refused) = await ReadAsync<SessionCreateRequest>(request, json, ct);
        if (refused is not null) return refused;
        var other = await TrainingText.HoursThatDayAsync(db, id, body!.Date, ct);
        var errors = TrainingRules.CheckSession(course.Year, body.Date, body.Hours, other)
            .ToDictionary(e => ChildEndpoints.JsonName(e.Key), e => new[] { e.Value }, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body.Venue)) errors["venue"] = ["Nhập địa điểm."];
        else if (body.Venue.Trim().Length > 300) errors["venue"] = ["Địa điểm dài quá 300 ký tự."];
        if (body.Trainer?.Trim().Length > 300) errors["trainer"] = ["Tên giảng viên dài quá 300 ký tự."];
        var free = (body.Participants ?? []).Select(p => new FreeParticipant(p.FullName, p.Organisation, p.Kind, p.Sex)).ToList();
        for (var i = 0; i < free.Count; i++)
            if (free[i].Check() is { } message) errors[$"participants[{i}].fullName"] = [message];
        var personIds = (body.PersonIds ?? []).Distinct().ToList();
        if (errors.Count > 0) return ApiServices.Invalid(errors);
        var found = await db.People.AsNoTracking().VisibleTo(scope).Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (found.Count != personIds.Count) return ApiServices.NotFound();

        var session = new TrainingSession
        {
            CourseId = id, Date = body.Date!.Value, Hours = body.Hours!.Value, Venue = body.Venue!.Trim(), Trainer = body.Trainer?.Trim() ?? "",
        };
        session.Participants.AddRange(personIds.Select(p => new TrainingParticipant { PersonId = p }));
        session.Participants.AddRange(free.Select(f => f.ToParticipant()));
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/training/courses/{id}", await DetailsAsync(db, course, ct));
    }

    private static async Task<IResult> CoverageAsync(string? unit, int? year, CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (year is < 2000 or > 2100) return ApiServices.Invalid(new() { ["year"] = ["Năm phải từ 2000 đến 2100."] });
        var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
        if (found is null) return ApiServices.NotFound();
        return Results.Ok(await TrainingFigures.CoverageAsync(db, scope, found, year ?? Display.Today(time).Year, ct));
    }

    private static async Task<CourseDetails> DetailsAsync(TreEmDbContext db, TrainingCourse course, CancellationToken ct)
    {
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == course.Id).OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Date, s.Hours, s.Venue, s.Trainer }).ToListAsync(ct);
        var items = new List<SessionItem>();
        foreach (var s in sessions)
        {
            var participants = await SessionModel.ListAsync(db, s.Id, ct);
            items.Add(new SessionItem(s.Id, s.Date, s.Hours, s.Venue, s.Trainer,
                participants.Select(p => new ParticipantItem(p.Id, p.PersonId, p.FullName, p.Organisation, p.Kind, p.Sex)).ToList()));
        }
        return new CourseDetails(course.Id, course.Title, course.Year, TrainingText.Split(course.Topics).ToList(), course.Unit!.Code,
            course.Unit.Name, course.FundingNote, items);
    }

    private static async Task<(T? Body, IResult? Refused)> ReadAsync<T>(HttpRequest request, IOptions<JsonOptions> json, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Nội dung phải là JSON (Content-Type: application/json)."));
        try
        {
            var body = await request.ReadFromJsonAsync<T>(json.Value.SerializerOptions, ct);
            return body is null ? (null, ApiServices.Invalid(new() { ["body"] = ["Thiếu nội dung JSON."] })) : (body, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            var message = field switch
            {
                "date" => "Ngày không hợp lệ: hãy ghi theo dạng yyyy-MM-dd.",
                "body" => "Nội dung không phải JSON hợp lệ.",
                _ when field.StartsWith("topics", StringComparison.Ordinal) => "Chủ đề phải là một trong: KyNangBaoVeTreEm, QuyTrinhNghiDinh56, " +
                    "QuanLyTruongHop, PhongChongXamHai, PhongChongTaiNan, ThamGiaCuaTreEm, ChamSocThayThe, Khac.",
                _ => "Giá trị không hợp lệ.",
            };
            return (null, ApiServices.Invalid(new() { [field] = [message] }));
        }
    }

    private static IResult Forbidden() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
            detail: "Bạn không có quyền ghi tập huấn cho đơn vị này.");
}
