using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Indicators;
using TreEm.Domain.Support;
using C = TreEm.Data.Indicators.IndicatorCatalogue;

namespace TreEm.Data.Indicators;

public static partial class IndicatorEngine
{
    /// <summary>Support records dated in the period, in the unit they were given in. The database counts them per
    /// unit, form, source and value (few distinct values), the amounts are multiplied here: no decimal sum in SQL,
    /// which SQLite cannot do.</summary>
    private static async Task SupportAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string count = "TRO_GIUP_LUOT", value = "TRO_GIUP_GIA_TRI", bySource = "KINH_PHI_TRE_EM";
        if (!sink.WantsAny(count, value, bySource)) return;
        var (from, to, path) = (q.From, q.To, q.Path);
        var rows = await q.Db.SupportRecords.AsNoTracking().VisibleTo(q.Scope)
            .Where(s => s.Unit!.Path.StartsWith(path) && s.Date >= from && s.Date <= to)
            .GroupBy(s => new { s.UnitId, s.FormCode, s.Source, s.ValueVnd })
            .Select(g => new { g.Key.UnitId, g.Key.FormCode, g.Key.Source, g.Key.ValueVnd, N = g.Count() })
            .ToListAsync(ct);
        var forms = await q.Db.SupportForms.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => f.Code).ToListAsync(ct);
        var formKeys = forms.Select(f => Key(C.ByForm, f)).ToList();
        var sourceKeys = Enum.GetValues<FundingSource>().Select(s => Key(C.BySource, s.ToString())).ToList();
        foreach (var code in new[] { count, value })
        {
            sink.Add(code, IndicatorValue.Total, 0);
            Query.Zeros(sink, code, formKeys);
            Query.Zeros(sink, code, sourceKeys);
            q.UnitZeros(sink, code);
        }
        sink.Add(bySource, IndicatorValue.Total, 0);
        Query.Zeros(sink, bySource, sourceKeys);
        foreach (var r in rows)
        {
            var unitKey = q.Units.UnitKey(r.UnitId);
            var form = Key(C.ByForm, r.FormCode);
            var source = Key(C.BySource, r.Source.ToString());
            var amount = r.N * r.ValueVnd;
            sink.Count(count, r.N, form, source, unitKey);
            sink.Count(value, amount, form, source, unitKey);
            sink.Count(bySource, amount, source);
        }
    }

    /// <summary>Receipts and disbursements of the funds held in the subtree, dated in the period, net of the
    /// reversals dated in the period (a reversal takes back the entry it cancels, of the same kind).</summary>
    private static async Task FundAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string raised = "QUY_VAN_DONG", spent = "QUY_CHI";
        if (!sink.WantsAny(raised, spent)) return;
        var (first, last, path) = (q.From, q.To, q.Path);
        var funds = q.Db.ChildFunds.VisibleTo(q.Scope).Where(f => f.Unit!.Path.StartsWith(path)).Select(f => f.Id);
        var rows = await (
                from e in q.Db.FundEntries.AsNoTracking()
                where funds.Contains(e.FundId) && e.Date >= first && e.Date <= last
                join o in q.Db.FundEntries.AsNoTracking() on e.ReversesEntryId equals (int?)o.Id into originals
                from o in originals.DefaultIfEmpty()
                select new
                {
                    e.Kind,
                    e.AmountVnd,
                    e.ReceiptType,
                    OriginalKind = o == null ? (FundEntryKind?)null : o.Kind,
                    OriginalReceiptType = o == null ? null : o.ReceiptType,
                })
            .ToListAsync(ct);
        sink.Add(raised, IndicatorValue.Total, 0);
        Query.Zeros(sink, raised, Enum.GetValues<ReceiptType>().Select(t => Key(C.ByKind, t.ToString())));
        sink.Add(spent, IndicatorValue.Total, 0);
        foreach (var r in rows)
        {
            var reversal = r.Kind == FundEntryKind.Reversal;
            var kind = reversal ? r.OriginalKind : r.Kind;
            var amount = reversal ? -r.AmountVnd : r.AmountVnd;
            var type = reversal ? r.OriginalReceiptType : r.ReceiptType;
            if (kind == FundEntryKind.Receipt)
                sink.Count(raised, amount, type is { } t ? Key(C.ByKind, t.ToString()) : null);
            else if (kind == FundEntryKind.Disbursement)
                sink.Count(spent, amount);
        }
    }
}
