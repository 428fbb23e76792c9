using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>A fund's figures for a year: the balance now, what came in and went out that year, the target.</summary>
public sealed record FundSummary(int Id, string Name, int UnitId, string UnitCode, string UnitName, int Year,
    decimal Balance, decimal ReceivedInYear, decimal DisbursedInYear, decimal? Target, decimal BalanceAtYearEnd)
{
    public int? Percent => FundText.Percent(ReceivedInYear, Target);

    /// <summary>Received and disbursed inside a year: the totals at its end less those at the end of the year before.</summary>
    public static (decimal Received, decimal Disbursed, decimal BalanceAtEnd) YearTotals(IReadOnlyCollection<FundEntry> entries, int year)
    {
        var end = FundLedger.Compute(entries, new DateOnly(year, 12, 31));
        var before = FundLedger.Compute(entries, new DateOnly(year - 1, 12, 31));
        return (end.Received - before.Received, end.Disbursed - before.Disbursed, end.Balance);
    }

    public static FundSummary Of(ChildFund fund, IReadOnlyCollection<FundEntry> entries, int year)
    {
        var (received, disbursed, atEnd) = YearTotals(entries, year);
        var target = fund.Targets.FirstOrDefault(t => t.Year == year)?.AmountVnd;
        return new FundSummary(fund.Id, fund.Name, fund.UnitId, fund.Unit?.Code ?? "", fund.Unit?.Name ?? "", year,
            FundLedger.Compute(entries).Balance, received, disbursed, target, atEnd);
    }

    /// <summary>The funds the user may read, with their figures for the year, by unit path.</summary>
    public static async Task<List<FundSummary>> ListAsync(TreEmDbContext db, UserScope scope, int year, CancellationToken ct)
    {
        var funds = await db.ChildFunds.AsNoTracking().VisibleTo(scope)
            .Include(f => f.Unit).Include(f => f.Targets)
            .OrderBy(f => f.Unit!.Path).ToListAsync(ct);
        var ids = funds.Select(f => f.Id).ToList();
        var entries = (await db.FundEntries.AsNoTracking().Where(e => ids.Contains(e.FundId)).ToListAsync(ct))
            .ToLookup(e => e.FundId);
        return funds.Select(f => Of(f, entries[f.Id].ToList(), year)).ToList();
    }

    /// <summary>A fund the user may read (or, with <paramref name="write"/>, write), with its unit and targets; null outside the scope.</summary>
    public static Task<ChildFund?> FindAsync(TreEmDbContext db, UserScope scope, int id, bool write, CancellationToken ct) =>
        db.ChildFunds.AsNoTracking().VisibleTo(write ? scope.For(Capabilities.FundWrite) : scope)
            .Include(f => f.Unit).Include(f => f.Targets)
            .FirstOrDefaultAsync(f => f.Id == id, ct);

    public static Task<List<FundEntry>> EntriesAsync(TreEmDbContext db, int fundId, CancellationToken ct) =>
        db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync(ct);

    /// <summary>Administrators and province officers open funds and set their targets.</summary>
    public static UserScope ManageScope(UserScope scope) => scope.For(Managers);

    public static readonly IReadOnlySet<Role> Managers = new HashSet<Role> { Role.Administrator, Role.ProvinceOfficer };

    public static bool CanManage(UserScope scope) => scope.All || scope.Has(Role.ProvinceOfficer);

    public static bool CanWrite(UserScope scope) => scope.All || Capabilities.FundWrite.Any(scope.Has);
}
