using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// The child register over REST: the same scope (<see cref="Scoping"/>), filters (<see cref="ChildFilter"/>),
/// validation (<see cref="ChildDraft.Validate"/>) and audit as the pages. Users whose roles do not open the register
/// (partner agencies, the hotline) get 404 for all of it: for them it does not exist.
/// </summary>
/// <remarks>
/// Write scope: a unit the caller cannot see at all answers 404, as any out-of-scope record does; a unit the caller
/// sees but where their roles do not allow registering children (an inspector, a commune chairman) answers 403.
/// A record the caller may read but not change answers 404 to PUT, like a record they cannot see.
/// </remarks>
public static class ChildEndpoints
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/children", ListAsync)
            .WithName("ListChildren")
            .WithSummary("Children in the user's scope, filtered and paged")
            .WithDescription("Filters: q (name, ignoring case and diacritics, or an exact identity number), unit (official " +
                "code of a unit in scope: its whole subtree), group (a special-circumstance group letter current today, " +
                "or * for any), atRisk (an at-risk code current today, or *), status (DangQuanLy, ChuyenDi, Du16Tuoi, " +
                "TuVong; every status when absent). Ordered by id; pageSize at most 100. Merged duplicates are left out.")
            .Produces<ChildPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/children/{id:int}", GetAsync)
            .WithName("GetChild")
            .WithSummary("One child's full record (the read is recorded in the audit log)")
            .Produces<ChildDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/children", CreateAsync)
            .WithName("CreateChild")
            .WithSummary("Register a child (with optional initial classifications)")
            .WithDescription("The unit must be a village or commune where the user may register children: a unit outside " +
                "the user's scope answers 404, a unit the user sees but may not register in answers 403. Likely duplicates " +
                "in the province answer 409 with their reasons; send \"confirmDuplicates\": true to register anyway. " +
                "A refused record answers 400 with the Vietnamese messages of the register's forms.")
            .AddOpenApiOperationTransformer(JsonBody<ChildCreateRequest>)
            .Produces<ChildDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/children/{id:int}", UpdateAsync)
            .WithName("UpdateChild")
            .WithSummary("Replace the editable fields of a child's record (needs the version that was read)")
            .WithDescription("Every editable field is replaced, caregivers as a whole list; classifications and status are " +
                "not changed here. \"version\" is required: a stale one answers 409 and nothing is changed. Moving the child " +
                "to another commune is a status change (chuyển đi), not an edit.")
            .AddOpenApiOperationTransformer(JsonBody<ChildUpdateRequest>)
            .Produces<ChildDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        string? q, string? unit, string? group, string? atRisk, string? status, int? page, int? pageSize,
        CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanReadRegister(scope)) return ApiServices.NotFound();

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pageNo = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (pageNo < 1) errors["page"] = ["Số trang phải từ 1 trở lên."];
        if (size is < 1 or > MaxPageSize) errors["pageSize"] = [$"Số dòng mỗi trang phải từ 1 đến {MaxPageSize}."];
        ChildStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<ChildStatus>(status.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s)) statusFilter = s;
            else errors["status"] = ["Trạng thái phải là một trong: DangQuanLy, ChuyenDi, Du16Tuoi, TuVong."];
        }
        group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        if (group is not null and not "*" && !await db.SpecialCircumstanceGroups.AnyAsync(g => g.Code == group, ct))
            errors["group"] = [$"Không có nhóm hoàn cảnh đặc biệt '{group}'."];
        atRisk = string.IsNullOrWhiteSpace(atRisk) ? null : atRisk.Trim();
        if (atRisk is not null and not "*" && !await db.AtRiskSituations.AnyAsync(a => a.Code == atRisk, ct))
            errors["atRisk"] = [$"Không có tình huống nguy cơ '{atRisk}'."];
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        string? unitPath = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var code = unit.Trim();
            unitPath = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ChildRegisterRead))
                .Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unitPath is null) return UnitNotFound(code);
        }

        var today = Display.Today(time);
        var filter = new ChildFilter { Query = q, UnitPath = unitPath, GroupCode = group, AtRiskCode = atRisk, Status = statusFilter };
        var query = filter.Apply(db.Children.AsNoTracking().VisibleTo(scope), today);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(c => c.Id)
            .Skip((pageNo - 1) * size)
            .Take(size)
            .Select(c => new
            {
                c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.Sex, c.EthnicityCode, UnitCode = c.Unit!.Code,
                UnitName = c.Unit.Name, c.Status, c.Version, c.UpdatedAt,
                Current = c.Classifications
                    .Where(x => x.StartDate <= today && (x.EndDate == null || x.EndDate > today))
                    .Select(x => new { x.Kind, x.GroupCode, x.AtRiskCode })
                    .ToList(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ChildListItem(
                r.Id, r.FullName, r.DateOfBirth, r.DateOfBirth is null ? r.BirthYear : null, r.BirthYear, r.Sex, r.EthnicityCode,
                r.UnitCode, r.UnitName, r.Status,
                r.Current.Where(x => x.Kind == ClassificationKind.SpecialCircumstance && x.GroupCode is not null)
                    .Select(x => x.GroupCode!).Distinct().Order(StringComparer.Ordinal).ToList(),
                r.Current.Where(x => x.Kind == ClassificationKind.AtRisk && x.AtRiskCode is not null)
                    .Select(x => x.AtRiskCode!).Distinct().Order(StringComparer.Ordinal).ToList(),
                r.Version, r.UpdatedAt))
            .ToList();
        return Results.Ok(new ChildPage(items, pageNo, size, total));
    }

    private static async Task<IResult> GetAsync(int id, CurrentUser me, TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanReadRegister(scope)) return ApiServices.NotFound();
        var child = await db.Children.AsNoTracking().VisibleTo(scope)
            .Include(c => c.Unit)
            .Include(c => c.Caregivers)
            .Include(c => c.Classifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return ApiServices.NotFound();
        db.AuditRead(nameof(Child), id.ToString(CultureInfo.InvariantCulture), child.UnitId);
        await db.SaveChangesAsync(ct);
        return Results.Ok(ChildDto.From(child, child.Unit!.Code, child.Unit.Name));
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanReadRegister(scope)) return ApiServices.NotFound();
        var (body, bad) = await ReadBodyAsync<ChildCreateRequest>(request, json.Value.SerializerOptions, ct);
        if (body is null) return bad!;

        var today = Display.Today(time);
        var draft = body.ToDraft();
        var errors = await ValidateAsync(db, draft, today, ct);
        await ValidateClassificationsAsync(db, body, today, errors, ct);
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var (unit, refusal) = await ResolveUnitAsync(db, scope, draft.UnitCode!, today, ct);
        if (unit is null) return refusal!;
        if (await IdentityNumberTakenAsync(db, draft, null, ct) is { } taken) return taken;

        var duplicates = await DuplicateFinder.FindAsync(db, draft, null, ct);
        if (duplicates.Count > 0 && !body.ConfirmDuplicates) return await DuplicatesAsync(db, scope, duplicates, ct);

        var now = time.GetUtcNow().UtcDateTime;
        var child = new Child { CreatedAt = now, UpdatedAt = now, Status = ChildStatus.DangQuanLy };
        draft.ApplyTo(child, unit.Id);
        foreach (var s in body.SpecialCircumstances ?? [])
        {
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.SpecialCircumstance, GroupCode = s.Group!.Trim(),
                SubgroupCode = string.IsNullOrWhiteSpace(s.Subgroup) ? null : s.Subgroup.Trim(),
                StartDate = s.StartDate!.Value, EndDate = s.EndDate, Note = Clean(s.Note),
            });
        }
        foreach (var a in body.AtRisk ?? [])
        {
            child.Classifications.Add(new ChildClassification
            {
                Kind = ClassificationKind.AtRisk, AtRiskCode = a.Code!.Trim(),
                StartDate = a.StartDate!.Value, EndDate = a.EndDate, Note = Clean(a.Note),
            });
        }
        db.Children.Add(child);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/children/{child.Id}", ChildDto.From(child, unit.Code, unit.Name));
    }

    private static async Task<IResult> UpdateAsync(
        int id, HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CanReadRegister(scope)) return ApiServices.NotFound();
        var child = await db.Children.VisibleTo(scope).ManagedBy(scope)
            .Include(c => c.Caregivers)
            .Include(c => c.Classifications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return ApiServices.NotFound();

        var (body, bad) = await ReadBodyAsync<ChildUpdateRequest>(request, json.Value.SerializerOptions, ct);
        if (body is null) return bad!;
        var today = Display.Today(time);
        var draft = body.ToDraft();
        var errors = await ValidateAsync(db, draft, today, ct);
        if (body.Version is null)
            errors["version"] = ["Thiếu phiên bản hồ sơ (version): hãy đọc hồ sơ mới nhất rồi gửi kèm phiên bản của nó."];
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        if (child.MergedIntoId is not null)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Hồ sơ đã được gộp",
                detail: "Hồ sơ này đã được gộp vào hồ sơ khác, không thể thay đổi.");

        var current = await db.Units.AsNoTracking().Include(u => u.Type).FirstAsync(u => u.Id == child.UnitId, ct);
        var unit = current;
        if (!string.Equals(draft.UnitCode, current.Code, StringComparison.Ordinal))
        {
            var (target, refusal) = await ResolveUnitAsync(db, scope, draft.UnitCode!, today, ct);
            if (target is null) return refusal!;
            if (CommunePath(target) != CommunePath(current))
                return ApiServices.Invalid(new() { ["unitCode"] = ["Muốn chuyển trẻ sang xã khác, hãy dùng chức năng Chuyển đi để lịch sử được ghi lại."] });
            unit = target;
        }
        if (await IdentityNumberTakenAsync(db, draft, child.Id, ct) is { } taken) return taken;

        if (child.Version != body.Version) return await StaleAsync(db, child, body.Version!.Value, ct);
        // The UPDATE is guarded by the version the client read: a change saved in between makes it fail.
        db.Entry(child).Property(c => c.Version).OriginalValue = body.Version!.Value;
        draft.ApplyTo(child, unit.Id);
        child.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(db, child, body.Version!.Value, ct);
        }
        return Results.Ok(ChildDto.From(child, unit.Code, unit.Name));
    }

    /// <summary>
    /// Documents the JSON body that the handler reads itself (to name the field of a malformed value in Vietnamese).
    /// Not <c>Accepts</c>: that would also make routing skip the endpoint for another content type (a 404, not a 415).
    /// </summary>
    internal static async Task JsonBody<T>(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        IOpenApiSchema schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct);
        if (context.Document is { } document)
        {
            // A named component, like the response bodies, so that client generators give the type its name.
            document.AddComponent(typeof(T).Name, (OpenApiSchema)schema);
            schema = new OpenApiSchemaReference(typeof(T).Name, document);
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = schema } },
        };
    }

    /// <summary>The register exists for the user only if one of their roles opens it.</summary>
    private static bool CanReadRegister(UserScope scope)
    {
        var read = scope.For(Capabilities.ChildRegisterRead);
        return read.All || read.Paths.Count > 0;
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(TreEmDbContext db, ChildDraft draft, DateOnly today, CancellationToken ct)
    {
        var ethnicities = (await db.Ethnicities.AsNoTracking().Select(e => e.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, message) in draft.Validate(today, ethnicities.Contains))
            Add(errors, JsonName(field), message);
        return errors;
    }

    private static async Task ValidateClassificationsAsync(TreEmDbContext db, ChildCreateRequest body, DateOnly today, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var special = body.SpecialCircumstances ?? [];
        var risks = body.AtRisk ?? [];
        if (special.Count == 0 && risks.Count == 0) return;
        var groups = (await db.SpecialCircumstanceGroups.AsNoTracking().Select(g => g.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var subgroups = await db.SpecialCircumstanceSubgroups.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.GroupCode, StringComparer.Ordinal, ct);
        var situations = (await db.AtRiskSituations.AsNoTracking().Where(a => a.IsActive).Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < special.Count; i++)
        {
            var s = special[i];
            var at = $"specialCircumstances[{i}]";
            var group = s.Group?.Trim();
            if (string.IsNullOrEmpty(group)) Add(errors, at + ".group", "Vui lòng chọn nhóm hoàn cảnh đặc biệt.");
            else if (!groups.Contains(group)) Add(errors, at + ".group", $"Không có nhóm hoàn cảnh đặc biệt '{group}'.");
            var sub = s.Subgroup?.Trim();
            if (!string.IsNullOrEmpty(sub) && group is not null && (!subgroups.TryGetValue(sub, out var owner) || owner != group))
                Add(errors, at + ".subgroup", $"Phân nhóm '{sub}' không thuộc nhóm {group}.");
            CheckDates(errors, at, s.StartDate, s.EndDate, s.Note, today);
        }
        for (var i = 0; i < risks.Count; i++)
        {
            var a = risks[i];
            var at = $"atRisk[{i}]";
            var code = a.Code?.Trim();
            if (string.IsNullOrEmpty(code)) Add(errors, at + ".code", "Vui lòng chọn tình huống nguy cơ.");
            else if (!situations.Contains(code)) Add(errors, at + ".code", $"Không có tình huống nguy cơ '{code}'.");
            CheckDates(errors, at, a.StartDate, a.EndDate, a.Note, today);
        }
    }

    private static void CheckDates(Dictionary<string, string[]> errors, string at, DateOnly? start, DateOnly? end, string? note, DateOnly today)
    {
        if (start is null) Add(errors, at + ".startDate", "Vui lòng nhập ngày bắt đầu.");
        else if (start > today) Add(errors, at + ".startDate", "Ngày bắt đầu không được ở tương lai.");
        if (start is not null && end is not null && end <= start) Add(errors, at + ".endDate", "Ngày kết thúc phải sau ngày bắt đầu.");
        if ((note?.Length ?? 0) > 500) Add(errors, at + ".note", "Ghi chú dài quá 500 ký tự.");
    }

    /// <summary>A village or commune where the user may register children; or the answer that refuses it.</summary>
    private static async Task<(OrgUnit? Unit, IResult? Refusal)> ResolveUnitAsync(TreEmDbContext db, UserScope scope, string code, DateOnly today, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().WhereChildrenCanBeRegisteredBy(scope).Include(u => u.Type)
            .FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null)
        {
            var seen = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ChildRegisterRead)).AnyAsync(u => u.Code == code, ct);
            return (null, seen
                ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
                    detail: $"Bạn không có quyền đăng ký hoặc sửa hồ sơ trẻ em tại đơn vị {code}.")
                : UnitNotFound(code));
        }
        if (unit.Type?.Tier is not (UnitTier.Commune or UnitTier.Village))
            return (null, ApiServices.Invalid(new() { ["unitCode"] = ["Vui lòng chọn thôn hoặc xã nơi trẻ sinh sống (không chọn huyện hoặc tỉnh)."] }));
        if (!unit.IsActiveOn(today))
            return (null, ApiServices.Invalid(new() { ["unitCode"] = [$"Đơn vị {unit.Name} không còn hiệu lực: hãy chọn đơn vị hiện nay."] }));
        return (unit, null);
    }

    /// <summary>The commune a village or commune belongs to, as a path ("/64/633/23944/").</summary>
    private static string CommunePath(OrgUnit unit)
    {
        if (unit.Type?.Tier != UnitTier.Village) return unit.Path;
        var cut = unit.Path.LastIndexOf('/', unit.Path.Length - 2);
        return unit.Path[..(cut + 1)];
    }

    private static async Task<IResult?> IdentityNumberTakenAsync(TreEmDbContext db, ChildDraft draft, int? selfId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.IdentityNumber)) return null;
        var number = draft.IdentityNumber.Trim();
        var self = selfId ?? 0;
        var taken = await db.Children.AnyAsync(c => c.IdentityNumber == number && c.Id != self, ct);
        return taken
            ? ApiServices.Invalid(new() { ["identityNumber"] = [$"Số định danh {number} đã có trong sổ của một trẻ khác: mỗi trẻ chỉ có một số định danh."] })
            : null;
    }

    /// <summary>409 listing why the record may already exist; only records the user can see are identified.</summary>
    private static async Task<IResult> DuplicatesAsync(TreEmDbContext db, UserScope scope, List<DuplicateFinder.Candidate> candidates, CancellationToken ct)
    {
        var ids = candidates.Select(c => c.ChildId).ToList();
        var visible = await db.Children.AsNoTracking().VisibleTo(scope).Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FullName, UnitCode = c.Unit!.Code })
            .ToDictionaryAsync(c => c.Id, ct);
        var list = candidates.Select(c => visible.TryGetValue(c.ChildId, out var v)
                ? new DuplicateDto(c.Reason, DuplicateRules.Describe(c.Reason), v.Id, v.FullName, v.UnitCode)
                : new DuplicateDto(c.Reason, DuplicateRules.Describe(c.Reason) + " (hồ sơ ở đơn vị ngoài phạm vi của bạn)", null, null, null))
            .ToList();
        return Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Có thể trùng với hồ sơ đã có",
            detail: $"Có {list.Count} hồ sơ có thể là cùng một trẻ: {string.Join("; ", list.Select(d => d.Description))}. " +
                "Hãy kiểm tra lại; nếu đúng là trẻ khác, gửi lại kèm \"confirmDuplicates\": true.",
            extensions: new Dictionary<string, object?> { ["duplicates"] = list });
    }

    private static async Task<IResult> StaleAsync(TreEmDbContext db, Child child, int sentVersion, CancellationToken ct)
    {
        var key = child.Id.ToString(CultureInfo.InvariantCulture);
        var saved = await db.Children.AsNoTracking().Where(c => c.Id == child.Id)
            .Select(c => new { c.Version, c.UpdatedAt }).FirstAsync(ct);
        var by = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Child) && a.Key == key && a.Action == AuditAction.Update)
            .OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync(ct);
        return Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Hồ sơ đã được người khác thay đổi",
            detail: $"Hồ sơ đã được thay đổi sau khi bạn đọc (phiên bản bạn gửi: {sentVersion}, phiên bản hiện tại: {saved.Version}). " +
                "Hãy đọc lại hồ sơ và sửa trên phiên bản mới nhất.",
            extensions: new Dictionary<string, object?>
            {
                ["currentVersion"] = saved.Version,
                ["updatedAt"] = saved.UpdatedAt,
                ["updatedBy"] = by,
            });
    }

    /// <summary>Reads a JSON body; a malformed one is a 400 naming the field that could not be read.</summary>
    private static async Task<(T? Body, IResult? Error)> ReadBodyAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Nội dung phải là JSON (Content-Type: application/json)."));
        try
        {
            var body = await request.ReadFromJsonAsync<T>(options, ct);
            return body is null ? (null, ApiServices.Invalid(new() { ["body"] = ["Thiếu nội dung JSON."] })) : (body, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            var last = field[(field.LastIndexOf('.') + 1)..];
            var message = last switch
            {
                "dateOfBirth" or "startDate" or "endDate" => "Ngày không hợp lệ: hãy ghi theo dạng yyyy-MM-dd.",
                "sex" => "Giới tính phải là \"Nam\" hoặc \"Nu\".",
                "body" => "Nội dung không phải JSON hợp lệ.",
                _ => "Giá trị không hợp lệ.",
            };
            return (null, ApiServices.Invalid(new() { [field] = [message] }));
        }
    }

    private static IResult UnitNotFound(string code) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy / Not found",
        detail: $"Không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.");

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];

    /// <summary>"Caregivers[0].FullName" → "caregivers[0].fullName": the names the JSON uses.</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
