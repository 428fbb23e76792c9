using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Support;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>Support records (trợ giúp) over REST: the same scope, validation (<see cref="SupportDraft"/>) and audit as the pages.</summary>
public static class SupportEndpoints
{
    public const int PageSize = 50;

    public sealed record SupportItem(
        int Id, int ChildId, string ChildName, string UnitCode, string UnitName, string FormCode, string FormName, DateOnly Date,
        decimal ValueVnd, FundingSource Source, string? DonorName, string? Provider, ProtectionLevel Level, string? Note, int? CampaignId);

    public sealed record SupportPage(IReadOnlyList<SupportItem> Items, int Page, int PageSize, int Total, decimal TotalValueVnd);

    public sealed record SupportCreateRequest(
        int? ChildId, string? FormCode, DateOnly? Date, decimal? ValueVnd, FundingSource? Source, string? DonorName,
        string? Provider, ProtectionLevel? Level, string? Note, int? FundId);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/support", ListAsync)
            .WithName("ListSupport")
            .WithSummary("Support records in the user's scope, newest first, 50 a page")
            .WithDescription("Filters: unit (official code of a unit in scope: its whole subtree, by the unit the child lived in " +
                "when supported), year (of the support's date). Returns the page, the total count and the total value in VND.")
            .Produces<SupportPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/support", CreateAsync)
            .WithName("CreateSupport")
            .WithSummary("Record one support given to one child the user manages")
            .WithDescription("Fields: childId, formCode (a code of the active support forms), date (yyyy-MM-dd, not in the future), " +
                "valueVnd (whole đồng, 0 or more), source (NganSachTrungUong, NganSachTinh, NganSachHuyen, NganSachXa, QuyBaoTro, " +
                "NhaTaiTro, Khac), donorName (required for NhaTaiTro), provider, level (PhongNgua, HoTro, CanThiep; HoTro when absent), " +
                "note, fundId (required for QuyBaoTro: a fund whose ledger the user may write; the fund's disbursement is " +
                "recorded with the support, refused when the balance is short). A child outside the user's scope answers 404; refused data answers 400 with Vietnamese messages.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<SupportCreateRequest>)
            .Produces<SupportItem>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? unit, int? year, int? page, CurrentUser me, TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pageNo = page ?? 1;
        var errors = ApiServices.ListFilterErrors(pageNo, year);
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var query = db.SupportRecords.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var code = unit.Trim();
            var path = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ChildRegisterRead))
                .Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy / Not found",
                    detail: $"Không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.");
            query = query.Where(r => r.Unit!.Path.StartsWith(path));
        }
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(r => r.Date >= from && r.Date <= to);
        }
        var total = await query.CountAsync(ct);
        var values = await query.Select(r => r.ValueVnd).ToListAsync(ct);
        var items = await Project(query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Skip((pageNo - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return Results.Ok(new SupportPage(items, pageNo, PageSize, total, values.Sum()));
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, CurrentUser me, TreEmDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Nội dung phải là JSON (Content-Type: application/json).");
        SupportCreateRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<SupportCreateRequest>(json.Value.SerializerOptions, ct);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            var message = field switch
            {
                "date" => "Ngày không hợp lệ: hãy ghi theo dạng yyyy-MM-dd.",
                "source" => "Nguồn kinh phí phải là một trong: NganSachTrungUong, NganSachTinh, NganSachHuyen, NganSachXa, QuyBaoTro, NhaTaiTro, Khac.",
                "level" => "Cấp độ bảo vệ phải là một trong: PhongNgua, HoTro, CanThiep.",
                "body" => "Nội dung không phải JSON hợp lệ.",
                _ => "Giá trị không hợp lệ.",
            };
            return ApiServices.Invalid(new() { [field] = [message] });
        }
        if (body is null) return ApiServices.Invalid(new() { ["body"] = ["Thiếu nội dung JSON."] });

        var draft = new SupportDraft
        {
            FormCode = body.FormCode, Date = body.Date, ValueVnd = body.ValueVnd, Source = body.Source, DonorName = body.DonorName,
            Provider = body.Provider, Level = body.Level ?? ProtectionLevel.HoTro, Note = body.Note, FundId = body.FundId,
        };
        var found = await draft.ValidateAsync(db, Display.Today(time), ct);
        var errors = found.ToDictionary(e => ChildEndpoints.JsonName(e.Key), e => new[] { e.Value }, StringComparer.Ordinal);
        if (body.ChildId is null) errors["childId"] = ["Vui lòng chọn trẻ được trợ giúp (childId)."];
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var child = await db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy)
            .FirstOrDefaultAsync(c => c.Id == body.ChildId, ct);
        if (child is null) return ApiServices.NotFound();

        var (record, refusal) = await SupportCommand.SaveAsync(db, scope, draft, child, time.GetUtcNow().UtcDateTime, me.Id, ct);
        if (record is null) return ApiServices.Invalid(new() { ["fundId"] = [refusal!] });
        var item = await Project(db.SupportRecords.AsNoTracking().Where(r => r.Id == record.Id)).SingleAsync(ct);
        return Results.Created($"/api/v1/support/{record.Id}", item);
    }

    private static IQueryable<SupportItem> Project(IQueryable<SupportRecord> query) => query.Select(r => new SupportItem(
        r.Id, r.ChildId, r.Child!.FullName, r.Unit!.Code, r.Unit.Name, r.FormCode, r.Form!.Name, r.Date, r.ValueVnd, r.Source,
        r.DonorName, r.Provider, r.Level, r.Note, r.CampaignId));
}
