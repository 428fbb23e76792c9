using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Fund;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// The child-protection funds over REST: the funds in scope with their figures, a year's ledger, and new receipts
/// and disbursements under the same rules as the pages (<see cref="FundLedger.Refusal"/>). Reversals need a reason
/// and a confirmation: they are made on the fund's page only. A fund outside the scope answers 404.
/// </summary>
public static class FundEndpoints
{
    public sealed record FundDto(int Id, string Name, string UnitCode, string UnitName, int Year, decimal BalanceVnd,
        decimal ReceivedInYearVnd, decimal DisbursedInYearVnd, decimal? TargetVnd, int? TargetPercent);

    public sealed record FundEntryDto(int Id, FundEntryKind Kind, DateOnly Date, decimal AmountVnd, ReceiptType? ReceiptType,
        string? Donor, string? Earmark, string? DocumentNumber, string Description, int? ReversesEntryId, string? Reason,
        int? ReversedByEntryId, decimal BalanceAfterVnd);

    public sealed record FundEntryRequest(FundEntryKind Kind, DateOnly Date, decimal AmountVnd, ReceiptType? ReceiptType,
        string? Donor, string? Earmark, string? DocumentNumber, string? Description);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/funds", ListAsync)
            .WithName("ListFunds")
            .WithSummary("Child-protection funds in the user's scope, with this year's (or ?year=) figures")
            .Produces<List<FundDto>>();

        api.MapGet("/funds/{id:int}/entries", EntriesAsync)
            .WithName("ListFundEntries")
            .WithSummary("The ledger of a fund for a year (default: this year), newest first, with the balance after each entry")
            .Produces<List<FundEntryDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/funds/{id:int}/entries", CreateAsync)
            .WithName("CreateFundEntry")
            .WithSummary("Record a receipt or a disbursement")
            .WithDescription("kind is Receipt or Disbursement (reversals are made on the fund's page, with a reason). " +
                "amountVnd is in whole đồng; a receipt needs receiptType (TienMat, HienVat, ChuongTrinh) and donor; a " +
                "disbursement may not exceed the balance. A refused entry answers 400 with the Vietnamese reason and saves nothing.")
            .AddOpenApiOperationTransformer(ChildEndpoints.JsonBody<FundEntryRequest>)
            .Produces<FundEntryDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int? year, CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var y = year is >= 2000 and <= 2100 ? year.Value : Display.Today(time).Year;
        var funds = await FundSummary.ListAsync(db, scope, y, ct);
        return Results.Ok(funds.Select(f => new FundDto(f.Id, f.Name, f.UnitCode, f.UnitName, f.Year, f.Balance,
            f.ReceivedInYear, f.DisbursedInYear, f.Target, f.Percent)).ToList());
    }

    private static async Task<IResult> EntriesAsync(int id, int? year, CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await FundSummary.FindAsync(db, scope, id, write: false, ct) is null) return ApiServices.NotFound();
        var y = year is >= 2000 and <= 2100 ? year.Value : Display.Today(time).Year;
        var entries = await FundSummary.EntriesAsync(db, id, ct);
        return Results.Ok(new LedgerQuery { Year = y }.All(entries).Select(Dto).ToList());
    }

    private static async Task<IResult> CreateAsync(int id, FundEntryRequest request, CurrentUser me, TreEmDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var fund = await FundSummary.FindAsync(db, scope, id, write: true, ct);
        if (fund is null) return ApiServices.NotFound();
        if (request.Kind is not (FundEntryKind.Receipt or FundEntryKind.Disbursement))
            return Refused("Qua API chỉ ghi khoản thu (Receipt) hoặc khoản chi (Disbursement); bút toán đảo ghi trên trang của quỹ, kèm lý do.");
        var entry = new FundEntry
        {
            Kind = request.Kind, Date = request.Date, AmountVnd = request.AmountVnd, ReceiptType = request.ReceiptType,
            Donor = request.Donor, Earmark = request.Earmark, DocumentNumber = request.DocumentNumber,
            Description = request.Description ?? "",
        };
        var refusal = await FundWriter.RecordAsync(db, fund, entry, Display.Today(time), time.GetUtcNow().UtcDateTime, me.Id, ct);
        if (refusal is not null) return Refused(refusal);
        var line = new LedgerQuery { Year = entry.Date.Year }.All(await FundSummary.EntriesAsync(db, id, ct)).First(l => l.Entry.Id == entry.Id);
        return Results.Created($"/api/v1/funds/{id}/entries?year={entry.Date.Year}", Dto(line));
    }

    private static IResult Refused(string message) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bút toán bị từ chối / Entry refused", detail: message);

    private static FundEntryDto Dto(LedgerQuery.Line l) => new(l.Entry.Id, l.Entry.Kind, l.Entry.Date, l.Entry.AmountVnd,
        l.Entry.ReceiptType, l.Entry.Donor, l.Entry.Earmark, l.Entry.DocumentNumber, l.Entry.Description, l.Entry.ReversesEntryId,
        l.Entry.Reason, l.ReversedBy?.Id, l.BalanceAfter);
}
