using TreEm.Domain;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Fund;

/// <summary>
/// The ledger of one year of a fund, newest first: each line with its signed effect, the balance after it (the
/// running total over the whole ledger in date order), and for a reversed entry the reversal that cancels it.
/// </summary>
public sealed class LedgerQuery
{
    public const int PageSize = 50;

    public sealed record Line(FundEntry Entry, decimal Effect, decimal BalanceAfter, FundEntry? ReversedBy, FundEntry? Reverses);

    public sealed record Result(IReadOnlyList<Line> Lines, int Total, int Page, int PageCount);

    public int Year { get; init; }
    public FundEntryKind? Kind { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Words to find in the donor, earmark, document number, description or reason (ignoring case and diacritics).</summary>
    public string? Search { get; init; }

    /// <summary>Every line of the year matching the filter, newest first (no paging).</summary>
    public IReadOnlyList<Line> All(IReadOnlyCollection<FundEntry> entries)
    {
        var byId = entries.ToDictionary(e => e.Id);
        var reversal = entries.Where(e => e.Kind == FundEntryKind.Reversal && e.ReversesEntryId is not null)
            .ToDictionary(e => e.ReversesEntryId!.Value);
        var lines = new List<Line>(entries.Count);
        decimal balance = 0;
        foreach (var e in entries.OrderBy(e => e.Date).ThenBy(e => e.Id))
        {
            var effect = FundLedger.Effect(e, byId);
            balance += effect;
            lines.Add(new Line(e, effect, balance, reversal.GetValueOrDefault(e.Id),
                e.ReversesEntryId is { } r ? byId.GetValueOrDefault(r) : null));
        }
        var q = VietnameseText.Normalize(Search);
        return lines.Where(l => l.Entry.Date.Year == Year && (Kind is null || l.Entry.Kind == Kind) && (q.Length == 0 || Matches(l.Entry, q)))
            .Reverse().ToList();
    }

    private static bool Matches(FundEntry e, string q) =>
        VietnameseText.Normalize(string.Join(" ", e.Donor, e.Earmark, e.DocumentNumber, e.Description, e.Reason))
            .Contains(q, StringComparison.Ordinal);

    public Result Run(IReadOnlyCollection<FundEntry> entries)
    {
        var all = All(entries);
        var pageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pageCount);
        return new Result(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), all.Count, page, pageCount);
    }
}
