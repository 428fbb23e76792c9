using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// Cases (Decree 56) over REST. POST is the intake other systems integrate with (the 111 hotline's): it opens the
/// case through <see cref="Case.Open"/> like the intake page, so the same rules and messages apply. GET finds a case
/// through <see cref="Scoping"/> and shows what <see cref="CaseAccess.ViewOf"/> allows: the hotline follows the
/// status and steps of its own intakes, never the narrative.
/// </summary>
/// <remarks>
/// Intake scope: a unit the caller cannot see answers 404; a unit they see but where none of their roles records
/// intakes answers 403 (administrators included: casework belongs to the people the law names). A
/// <c>childId</c> the caller cannot see in the register answers 400 on that field, like a child that does not exist.
/// </remarks>
public static partial class CaseEndpoints
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases", CreateAsync)
            .WithName("CreateCase")
            .WithSummary("Record an intake (Mẫu 01): opens a case whose initial assessment is due 12 hours after receivedAt")
            .WithDescription("For users who record intakes (hotline, commune workers, district and province officers) in a " +
                "commune of their scope: a unit outside it answers 404, a unit they see but may not record in answers 403. " +
                "Times are ISO 8601 with an offset and are answered in UTC (\"...Z\"); a receivedAt without an offset is " +
                "refused. A refused intake answers 400 with the Vietnamese messages of the intake form; a hotlineReference " +
                "already received answers 409 with the case it opened. The answer is 201 with the case as the caller may see it.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<CaseCreateRequest>)
            .Produces<CaseDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/cases/{id:int}", GetAsync)
            .WithName("GetCase")
            .WithSummary("One case: status and steps with their due times; the narrative only for those who may read it (the read is audited)")
            .WithDescription("\"view\" says what the caller sees: Status (the hotline for its own intakes, leaders, " +
                "administrators: no narrative, no children), Partner (a partner agency the case was referred to: children " +
                "without names, its referrals), Full (the case's workers, the chairman, supervisors and inspectors).")
            .Produces<CaseDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/cases", ListAsync)
            .WithName("ListCases")
            .WithSummary("Cases the user can find, filtered and paged (no narrative)")
            .WithDescription("Filters: unit (official code of a unit the user sees: its whole subtree), status (TiepNhan, " +
                "DaDanhGiaBanDau, DaDanhGiaCuThe, ChoPheDuyet, DangThucHien, DaDong), overdue (true: an open step is past " +
                "its due time now; false: none is). Newest received first; pageSize at most 100.")
            .Produces<CasePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        string? unit, string? status, string? overdue, int? page, int? pageSize,
        CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pageNo = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (pageNo < 1) errors["page"] = ["Số trang phải từ 1 trở lên."];
        if (size is < 1 or > MaxPageSize) errors["pageSize"] = [$"Số dòng mỗi trang phải từ 1 đến {MaxPageSize}."];
        CaseStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<CaseStatus>(status.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && char.IsLetter(status.Trim()[0])) statusFilter = s;
            else errors["status"] = [$"Trạng thái phải là một trong: {Names<CaseStatus>()}."];
        }
        bool? overdueFilter = null;
        if (!string.IsNullOrWhiteSpace(overdue))
        {
            if (bool.TryParse(overdue.Trim(), out var o)) overdueFilter = o;
            else errors["overdue"] = ["Tham số overdue phải là true hoặc false."];
        }
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var now = time.GetUtcNow().UtcDateTime;
        var query = db.Cases.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var code = unit.Trim();
            var unitPath = await db.Units.AsNoTracking().VisibleTo(scope).Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unitPath is null) return UnitNotFound(code);
            query = query.Where(c => c.Unit!.Path.StartsWith(unitPath));
        }
        if (statusFilter is { } wanted) query = query.Where(c => c.Status == wanted);
        if (overdueFilter is { } late)
        {
            query = late
                ? query.Where(c => c.Steps.Any(s => s.CompletedAt == null && s.DueAt != null && s.DueAt < now))
                : query.Where(c => !c.Steps.Any(s => s.CompletedAt == null && s.DueAt != null && s.DueAt < now));
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((pageNo - 1) * size)
            .Take(size)
            .Select(c => new
            {
                c.Id, UnitCode = c.Unit!.Code, UnitName = c.Unit.Name, c.Source, c.AbuseForms, c.Status, c.ReceivedAt,
                Next = c.Steps.Where(s => s.CompletedAt == null && s.DueAt != null)
                    .OrderBy(s => s.DueAt)
                    .Select(s => new { s.Kind, s.DueAt })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r =>
            {
                var next = r.Next is { DueAt: { } due } ? new CaseDueDto(r.Next.Kind, due) : null;
                return new CaseListItem(r.Id, Case.CodeOf(r.Id), r.UnitCode, r.UnitName, r.Source, CaseAbuseForms.Split(r.AbuseForms),
                    r.Status, r.ReceivedAt, next, next is not null && now > next.DueAt);
            })
            .ToList();
        return Results.Ok(new CasePage(items, pageNo, size, total));
    }

    private static async Task<IResult> GetAsync(int id, CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var c = await db.Cases.AsNoTracking().VisibleTo(scope)
            .Include(x => x.Unit)
            .Include(x => x.Children)
            .Include(x => x.Steps)
            .Include(x => x.Referrals).ThenInclude(r => r.Agency)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return ApiServices.NotFound();
        var view = CaseAccess.ViewOf(scope, c.Unit!.Path, c.CreatedByUserId, c.Referrals.Select(r => r.AgencyId));
        if (view == CaseView.None) return ApiServices.NotFound();
        db.AuditRead(nameof(Case), id.ToString(CultureInfo.InvariantCulture), c.UnitId);
        await db.SaveChangesAsync(ct);
        return Results.Ok(CaseDto.From(c, c.Unit.Code, c.Unit.Name, view, scope.PartnerAgencyId, time.GetUtcNow().UtcDateTime));
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (body, bad) = await ReadBodyAsync(request, json.Value.SerializerOptions, ct);
        if (body is null) return bad!;

        var today = Display.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var ethnicities = (await db.Ethnicities.AsNoTracking().Select(e => e.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = Validate(body, today, ethnicities);
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var (unit, refusal) = await ResolveUnitAsync(db, scope, body.UnitCode!.Trim(), today, ct);
        if (unit is null) return refusal!;

        var reference = Clean(body.HotlineReference);
        if (reference is not null && await DuplicateReferenceAsync(db, scope, reference, ct) is { } duplicate) return duplicate;

        var inputs = body.Children ?? [];
        var linkedIds = inputs.Where(x => x.ChildId is not null).Select(x => x.ChildId!.Value).Distinct().ToList();
        var linked = await db.Children.AsNoTracking().VisibleTo(scope)
            .Where(x => linkedIds.Contains(x.Id) && x.MergedIntoId == null)
            .ToDictionaryAsync(x => x.Id, ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].ChildId is { } childId && !linked.ContainsKey(childId))
                Add(errors, $"children[{i}].childId", $"Không tìm thấy trẻ có mã {childId} trong sổ theo dõi thuộc phạm vi của bạn.");
        }
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var intake = new Case
        {
            UnitId = unit.Id,
            Source = body.Source!.Value,
            HotlineReference = reference,
            Channel = body.Channel ?? IntakeChannel.DienThoai,
            ReceivedAt = body.ReceivedAt?.UtcDateTime ?? now,
            Concern = body.Concern ?? CaseConcern.BiXamHai,
            AbuseForms = (body.AbuseForms ?? []).Aggregate(AbuseForm.None, (all, f) => all | f),
            ReporterAnonymous = body.Reporter?.Anonymous ?? false,
            ReporterName = Clean(body.Reporter?.Name),
            ReporterPhone = Clean(body.Reporter?.Phone),
            Place = Clean(body.Place) ?? "",
            Description = body.Description!.Trim(),
            AllegedPerpetrator = Clean(body.AllegedPerpetrator),
            PerpetratorRelation = Clean(body.PerpetratorRelation),
            Children = inputs.Select(x => ToCaseChild(x, linked)).ToList(),
        };
        var name = await db.Users.AsNoTracking().Where(u => u.Id == me.Id).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        var actor = new CaseActor(me.Id, string.IsNullOrWhiteSpace(name) ? me.UserName : name);
        try
        {
            Case.Open(intake, actor, now);
        }
        catch (CaseRuleException e)
        {
            return ApiServices.Invalid(new() { [FieldOf(intake, now)] = [e.Message] });
        }
        db.Cases.Add(intake);
        await db.SaveChangesAsync(ct);

        var view = CaseAccess.ViewOf(scope, unit.Path, intake.CreatedByUserId, []);
        return Results.Created($"/api/v1/cases/{intake.Id}", CaseDto.From(intake, unit.Code, unit.Name, view, scope.PartnerAgencyId, now));
    }

    /// <summary>The shape of the intake: what the domain's rules (<see cref="Case.Open"/>) do not check themselves.</summary>
    private static Dictionary<string, string[]> Validate(CaseCreateRequest body, DateOnly today, HashSet<string> ethnicities)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.Source is null) Add(errors, "source", "Vui lòng chọn nguồn tin.");
        else if (!Enum.IsDefined(body.Source.Value)) Add(errors, "source", $"Nguồn tin phải là một trong: {Names<CaseSource>()}.");
        if (string.IsNullOrWhiteSpace(body.UnitCode)) Add(errors, "unitCode", "Vui lòng nhập mã xã, phường, thị trấn nơi xảy ra sự việc.");
        if (string.IsNullOrWhiteSpace(body.Description)) Add(errors, "description", "Vui lòng nhập nội dung sự việc.");
        else if (body.Description.Trim().Length > 8000) Add(errors, "description", "Nội dung sự việc dài quá 8000 ký tự.");
        var forms = body.AbuseForms ?? [];
        for (var i = 0; i < forms.Count; i++)
        {
            if (!CaseAbuseForms.IsSingle(forms[i]))
                Add(errors, $"abuseForms[{i}]", $"Hình thức xâm hại phải là một trong: {AbuseFormNames}.");
        }
        if (body.Concern is { } concern && !Enum.IsDefined(concern))
            Add(errors, "concern", $"Nội dung thông tin phải là một trong: {Names<CaseConcern>()}.");
        if (body.Channel is { } channel && !Enum.IsDefined(channel))
            Add(errors, "channel", $"Hình thức tiếp nhận phải là một trong: {Names<IntakeChannel>()}.");
        if ((Clean(body.HotlineReference)?.Length ?? 0) > 50) Add(errors, "hotlineReference", "Mã số của Tổng đài dài quá 50 ký tự.");
        if ((Clean(body.Place)?.Length ?? 0) > 300) Add(errors, "place", "Địa điểm dài quá 300 ký tự.");
        if ((Clean(body.AllegedPerpetrator)?.Length ?? 0) > 300) Add(errors, "allegedPerpetrator", "Thông tin người bị nghi gây hại dài quá 300 ký tự.");
        if ((Clean(body.PerpetratorRelation)?.Length ?? 0) > 100) Add(errors, "perpetratorRelation", "Quan hệ với trẻ dài quá 100 ký tự.");
        if ((Clean(body.Reporter?.Name)?.Length ?? 0) > 200) Add(errors, "reporter.name", "Họ tên người cung cấp thông tin dài quá 200 ký tự.");
        if ((Clean(body.Reporter?.Phone)?.Length ?? 0) > 20) Add(errors, "reporter.phone", "Số điện thoại dài quá 20 ký tự.");

        var children = body.Children ?? [];
        var seen = new HashSet<int>();
        for (var i = 0; i < children.Count; i++)
        {
            var x = children[i];
            var at = $"children[{i}]";
            if (x is null)
            {
                Add(errors, at, "Thiếu thông tin trẻ em.");
                continue;
            }
            if (x.ChildId is { } childId)
            {
                if (!seen.Add(childId)) Add(errors, at + ".childId", $"Trẻ có mã {childId} được ghi hai lần.");
                continue;
            }
            if ((Clean(x.FullName)?.Length ?? 0) > 200) Add(errors, at + ".fullName", "Họ tên dài quá 200 ký tự.");
            if (x.DateOfBirth is null && x.EstimatedAge is null)
                Add(errors, at + ".dateOfBirth", "Nhập ngày sinh hoặc tuổi ước tính (estimatedAge) của trẻ.");
            if (x.DateOfBirth is { } dob && dob > today) Add(errors, at + ".dateOfBirth", "Ngày sinh không được ở tương lai.");
            else if (x.DateOfBirth is { } born && born < today.AddYears(-18)) Add(errors, at + ".dateOfBirth", "Trẻ em phải dưới 18 tuổi.");
            if (x.EstimatedAge is < 0 or > 17) Add(errors, at + ".estimatedAge", "Tuổi ước tính phải từ 0 đến 17.");
            if (x.Sex is { } sex && !Enum.IsDefined(sex)) Add(errors, at + ".sex", "Giới tính phải là Nam, Nu hoặc KhongRo.");
            if (Clean(x.EthnicityCode) is { } eth && !ethnicities.Contains(eth)) Add(errors, at + ".ethnicityCode", $"Không có dân tộc mã '{eth}'.");
        }
        return errors;
    }

    /// <summary>The field a rule of <see cref="Case.Open"/> is about, checked in the order the domain checks them.</summary>
    private static string FieldOf(Case intake, DateTime now) =>
        intake.Children.Count == 0 ? "children"
        : intake.ReceivedAt > now.AddMinutes(5) ? "receivedAt"
        : intake.Source == CaseSource.TongDai111 && string.IsNullOrWhiteSpace(intake.HotlineReference) ? "hotlineReference"
        : intake.Concern == CaseConcern.BiXamHai && intake.AbuseForms == AbuseForm.None ? "abuseForms"
        : "body";

    private static CaseChild ToCaseChild(CaseChildInput x, Dictionary<int, Domain.Children.Child> linked)
    {
        if (x.ChildId is { } id && linked.TryGetValue(id, out var child))
        {
            return new CaseChild
            {
                ChildId = child.Id,
                FullName = child.FullName,
                DateOfBirth = child.DateOfBirth,
                Sex = child.Sex == Domain.Children.Sex.Nam ? CaseChildSex.Nam : CaseChildSex.Nu,
                EthnicityCode = child.EthnicityCode,
            };
        }
        return new CaseChild
        {
            FullName = Clean(x.FullName),
            DateOfBirth = x.DateOfBirth,
            EstimatedAge = x.DateOfBirth is null ? x.EstimatedAge : null,
            Sex = x.Sex ?? CaseChildSex.KhongRo,
            EthnicityCode = Clean(x.EthnicityCode),
        };
    }

    /// <summary>A commune where the user may record intakes; or the answer that refuses it.</summary>
    private static async Task<(OrgUnit? Unit, IResult? Refusal)> ResolveUnitAsync(TreEmDbContext db, UserScope scope, string code, DateOnly today, CancellationToken ct)
    {
        // Administrators see every unit but record no intake (see CaseAccess): their intake scope is empty.
        var intakeScope = scope.All ? UserScope.Nobody : scope.For(Capabilities.CaseIntake);
        var unit = await db.Units.AsNoTracking().VisibleTo(intakeScope).Include(u => u.Type).FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null)
        {
            var seen = await db.Units.AsNoTracking().VisibleTo(scope).AnyAsync(u => u.Code == code, ct);
            return (null, seen
                ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
                    detail: $"Bạn không có quyền tiếp nhận vụ việc tại đơn vị {code}.")
                : UnitNotFound(code));
        }
        if (unit.Type?.Tier != UnitTier.Commune)
            return (null, ApiServices.Invalid(new() { ["unitCode"] = ["Vụ việc thuộc xã, phường, thị trấn nơi xảy ra: hãy dùng mã của xã (không dùng mã thôn, huyện hoặc tỉnh)."] }));
        if (!unit.IsActiveOn(today))
            return (null, ApiServices.Invalid(new() { ["unitCode"] = [$"Đơn vị {unit.Name} không còn hiệu lực: hãy dùng mã đơn vị hiện nay."] }));
        return (unit, null);
    }

    /// <summary>409 when the hotline reference was already received: a retried request must not open a second case.</summary>
    private static async Task<IResult?> DuplicateReferenceAsync(TreEmDbContext db, UserScope scope, string reference, CancellationToken ct)
    {
        var existing = await db.Cases.AsNoTracking().Where(c => c.HotlineReference == reference).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is not { } id) return null;
        var visible = await db.Cases.AsNoTracking().VisibleTo(scope).AnyAsync(c => c.Id == id, ct);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (visible)
        {
            extensions["caseId"] = id;
            extensions["location"] = $"/api/v1/cases/{id}";
        }
        return Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Thông tin đã được tiếp nhận",
            detail: visible
                ? $"Mã số {reference} của Tổng đài đã được tiếp nhận trong vụ việc {Case.CodeOf(id)}."
                : $"Mã số {reference} của Tổng đài đã được tiếp nhận trong một vụ việc khác.",
            extensions: extensions);
    }

    /// <summary>
    /// Reads the JSON body. receivedAt must carry its offset ("Z" or "+07:00"): without one the instant is
    /// ambiguous, and reading it as UTC would put a Vietnamese time seven hours late. Malformed values are a 400
    /// naming the field.
    /// </summary>
    private static async Task<(CaseCreateRequest? Body, IResult? Error)> ReadBodyAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Nội dung phải là JSON (Content-Type: application/json)."));
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return (null, ApiServices.Invalid(new() { ["body"] = ["Nội dung không phải JSON hợp lệ."] }));
        }
        if (node is not JsonObject root) return (null, ApiServices.Invalid(new() { ["body"] = ["Nội dung phải là một đối tượng JSON."] }));
        var received = root.FirstOrDefault(p => string.Equals(p.Key, "receivedAt", StringComparison.OrdinalIgnoreCase)).Value;
        if (received is not null && (received.GetValueKind() != JsonValueKind.String || !OffsetPattern().IsMatch(received.GetValue<string>())))
            return (null, ApiServices.Invalid(new() { ["receivedAt"] = [ReceivedAtMessage] }));
        try
        {
            var body = root.Deserialize<CaseCreateRequest>(options);
            return body is null ? (null, ApiServices.Invalid(new() { ["body"] = ["Thiếu nội dung JSON."] })) : (body, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            var last = IndexPattern().Replace(field[(field.LastIndexOf('.') + 1)..], "");
            var message = last switch
            {
                "source" => $"Nguồn tin phải là một trong: {Names<CaseSource>()}.",
                "abuseForms" => $"Hình thức xâm hại phải là một trong: {AbuseFormNames}.",
                "sex" => "Giới tính phải là Nam, Nu hoặc KhongRo.",
                "concern" => $"Nội dung thông tin phải là một trong: {Names<CaseConcern>()}.",
                "channel" => $"Hình thức tiếp nhận phải là một trong: {Names<IntakeChannel>()}.",
                "receivedAt" => ReceivedAtMessage,
                "dateOfBirth" => "Ngày sinh không hợp lệ: hãy ghi theo dạng yyyy-MM-dd.",
                "childId" or "estimatedAge" => "Phải là một số nguyên.",
                "children" => "Danh sách trẻ em (children) phải là một mảng.",
                "body" => "Nội dung không phải JSON hợp lệ.",
                _ => "Giá trị không hợp lệ.",
            };
            return (null, ApiServices.Invalid(new() { [field] = [message] }));
        }
    }

    private const string ReceivedAtMessage =
        "Thời điểm tiếp nhận phải ghi theo ISO 8601 kèm múi giờ, ví dụ 2026-11-30T02:00:00Z hoặc 2026-11-30T09:00:00+07:00.";

    /// <summary>yyyy-MM-ddTHH:mm[:ss[.fff]] followed by Z or ±hh:mm.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();

    private static string AbuseFormNames =>
        string.Join(", ", Enum.GetValues<AbuseForm>().Where(f => f != AbuseForm.None).Select(f => f.ToString()));

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    private static IResult UnitNotFound(string code) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy / Not found",
        detail: $"Không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.");

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
