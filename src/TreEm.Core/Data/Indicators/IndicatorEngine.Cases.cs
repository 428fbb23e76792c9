using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using C = TreEm.Data.Indicators.IndicatorCatalogue;

namespace TreEm.Data.Indicators;

public static partial class IndicatorEngine
{
    /// <summary>Cases received in the period (<see cref="CaseFigures"/>'s semantics): a province-year holds a few
    /// thousand, so the needed columns are loaded and counted here.</summary>
    private static async Task CasesAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string cases = "VU_VIEC_SO", children = "TE_BI_XAM_HAI", onTime = "XAM_HAI_KIP_THOI_PT";
        if (!sink.WantsAny(cases, children, onTime)) return;
        var (fromUtc, untilUtc, path) = (q.FromUtc, q.UntilUtc, q.Path);
        var query = q.Db.Cases.AsNoTracking().VisibleTo(q.Scope)
            .Where(c => c.Unit!.Path.StartsWith(path) && c.ReceivedAt >= fromUtc && c.ReceivedAt < untilUtc);
        var caseRows = await query.Select(c => new { c.Id, c.UnitId, c.Status, c.AbuseForms }).ToListAsync(ct);
        var childRows = caseRows.Count == 0 ? [] : await query.SelectMany(c => c.Children)
            .Select(x => new
            {
                x.Id,
                x.CaseId,
                x.ChildId,
                x.Sex,
                MergedIntoId = x.Child != null ? x.Child.MergedIntoId : null,
                RegisterSex = x.Child != null ? (Sex?)x.Child.Sex : null,
            })
            .ToListAsync(ct);

        var formKeys = CaseFigures.AbuseForms.Select(f => Key(C.ByForm, f.ToString())).ToList();
        var sexKeys = new[] { "Nam", "Nu", CaseFigures.UnknownKey }.Select(s => Key(C.BySex, s)).ToList();

        // Cases, by form (a case with two forms counts in each) and unit.
        sink.Add(cases, IndicatorValue.Total, 0);
        Query.Zeros(sink, cases, formKeys);
        q.UnitZeros(sink, cases);
        foreach (var c in caseRows)
        {
            sink.Add(cases, IndicatorValue.Total, 1);
            foreach (var form in FormKeys(c.AbuseForms)) sink.Add(cases, form, 1);
            if (q.Units.UnitKey(c.UnitId) is { } unitKey) sink.Add(cases, unitKey, 1);
        }

        // Abused children, each counted once per line.
        var caseOf = caseRows.ToDictionary(c => c.Id);
        var people = childRows.Select(x => new
        {
            x.CaseId,
            Person = x.ChildId is { } id ? "c" + (x.MergedIntoId ?? id) : "p" + x.Id,
            Sex = x.RegisterSex is { } s ? s.ToString() : x.Sex == CaseChildSex.KhongRo ? CaseFigures.UnknownKey : x.Sex.ToString(),
        }).ToList();
        if (sink.Wants(children))
        {
            sink.Add(children, IndicatorValue.Total, 0);
            Query.Zeros(sink, children, sexKeys.Take(2));
            Query.Zeros(sink, children, formKeys);
            q.UnitZeros(sink, children);
            var lines = people.SelectMany(p =>
                    new[] { IndicatorValue.Total, Key(C.BySex, p.Sex), q.Units.UnitKey(caseOf[p.CaseId].UnitId) }
                        .Concat(FormKeys(caseOf[p.CaseId].AbuseForms))
                        .OfType<string>()
                        .Select(line => (Line: line, p.Person)))
                .Distinct();
            foreach (var (line, _) in lines) sink.Add(children, line, 1);
        }

        // Children of the cases handled on time, over the children of all the cases (each child once per case).
        if (sink.Wants(onTime))
        {
            var steps = caseRows.Count == 0 ? [] : await query.SelectMany(c => c.Steps)
                .Select(s => new { s.CaseId, s.DueAt, s.CompletedAt })
                .ToListAsync(ct);
            var stepsOf = steps.ToLookup(s => s.CaseId);
            var childrenOf = people.GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.Count());
            sink.AddShare(onTime, IndicatorValue.Total, 0, 0);
            q.UnitShareZeros(sink, onTime);
            foreach (var c in caseRows)
            {
                var shell = new Case
                {
                    Status = c.Status,
                    Steps = stepsOf[c.Id].Select(s => new CaseStep { DueAt = s.DueAt, CompletedAt = s.CompletedAt }).ToList(),
                };
                var n = childrenOf.GetValueOrDefault(c.Id);
                var met = shell.HandledOnTime(q.Now) ? n : 0;
                sink.AddShare(onTime, IndicatorValue.Total, met, n);
                if (q.Units.UnitKey(c.UnitId) is { } unitKey) sink.AddShare(onTime, unitKey, met, n);
            }
        }
    }

    /// <summary>"form:BaoLuc"... for each form of the case, "form:KhongRo" when it has none.</summary>
    private static IEnumerable<string> FormKeys(AbuseForm forms) =>
        forms == AbuseForm.None
            ? [Key(C.ByForm, CaseFigures.UnknownKey)]
            : CaseFigures.AbuseForms.Where(f => (forms & f) != 0).Select(f => Key(C.ByForm, f.ToString()));
}
