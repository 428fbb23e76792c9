using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using C = TreEm.Data.Indicators.IndicatorCatalogue;

namespace TreEm.Data.Indicators;

public static partial class IndicatorEngine
{
    private const string Kinh = "01";

    /// <summary>Children managed in the period (see the class comment), in the subtree, as the scope sees them.</summary>
    private static IQueryable<Child> ManagedChildren(Query q)
    {
        var (from, to, toYear, path) = (q.From, q.To, q.To.Year, q.Path);
        return q.Db.Children.AsNoTracking().VisibleTo(q.Scope)
            .Where(c => c.Unit!.Path.StartsWith(path))
            .Where(c => c.MergedIntoId == null
                && (c.DateOfBirth != null ? c.DateOfBirth <= to : c.BirthYear <= toYear)
                && (c.Status == ChildStatus.DangQuanLy || (c.StatusDate != null && c.StatusDate >= from)));
    }

    /// <summary>c => c has a classification of the kind overlapping the period.</summary>
    private static Expression<Func<Child, bool>> Classified(Query q, ClassificationKind kind)
    {
        var (from, to) = (q.From, q.To);
        return c => c.Classifications.Any(k => k.Kind == kind && k.StartDate <= to && (k.EndDate == null || k.EndDate > from));
    }

    private static string SexKey(Sex sex) => Key(C.BySex, sex.ToString());

    private static async Task ChildrenAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        var managed = ManagedChildren(q);
        string[] counts = ["TE_SO_TRE", "TE_DTTS", "TE_KHUYET_TAT"];
        if (sink.WantsAny(counts))
        {
            foreach (var code in counts)
            {
                sink.Add(code, IndicatorValue.Total, 0);
                Query.Zeros(sink, code, [SexKey(Sex.Nam), SexKey(Sex.Nu)]);
                q.UnitZeros(sink, code);
            }
            var rows = await managed
                .GroupBy(c => new { c.UnitId, c.Sex, Minority = c.EthnicityCode != Kinh, Disabled = c.DisabilityType != null })
                .Select(g => new { g.Key.UnitId, g.Key.Sex, g.Key.Minority, g.Key.Disabled, N = g.Count() })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                string?[] keys = [SexKey(r.Sex), q.Units.UnitKey(r.UnitId)];
                sink.Count("TE_SO_TRE", r.N, keys);
                if (r.Minority) sink.Count("TE_DTTS", r.N, keys);
                if (r.Disabled) sink.Count("TE_KHUYET_TAT", r.N, keys);
            }
        }

        await ClassifiedAsync(q, sink, ClassificationKind.SpecialCircumstance, "HCDB_SO_TRE", "HCDB_TRO_GIUP_PT", ct);
        await ClassifiedAsync(q, sink, ClassificationKind.AtRisk, "NGUY_CO_SO_TRE", "NGUY_CO_TRO_GIUP_PT", ct);

        if (sink.Wants("HCDB_SO_TRE"))
        {
            var groups = await q.Db.SpecialCircumstanceGroups.AsNoTracking().OrderBy(g => g.SortOrder).Select(g => g.Code).ToListAsync(ct);
            Query.Zeros(sink, "HCDB_SO_TRE", groups.Select(g => Key(C.ByGroup, g)));
            var (from, to) = (q.From, q.To);
            var rows = await managed
                .SelectMany(c => c.Classifications
                        .Where(k => k.Kind == ClassificationKind.SpecialCircumstance && k.GroupCode != null
                            && k.StartDate <= to && (k.EndDate == null || k.EndDate > from)),
                    (c, k) => new { k.GroupCode, c.Id })
                .GroupBy(x => x.GroupCode, x => x.Id)
                .Select(g => new { GroupCode = g.Key, N = g.Distinct().Count() })
                .ToListAsync(ct);
            foreach (var r in rows) sink.Add("HCDB_SO_TRE", Key(C.ByGroup, r.GroupCode!), r.N);
        }
    }

    /// <summary>Children with a classification of the kind in the period (by sex and unit), and the share of them
    /// supported in the period (by unit).</summary>
    private static async Task ClassifiedAsync(Query q, IndicatorSink sink, ClassificationKind kind, string countCode, string shareCode,
        CancellationToken ct)
    {
        if (!sink.WantsAny(countCode, shareCode)) return;
        var classified = ManagedChildren(q).Where(Classified(q, kind));
        var all = await classified
            .GroupBy(c => new { c.UnitId, c.Sex })
            .Select(g => new { g.Key.UnitId, g.Key.Sex, N = g.Count() })
            .ToListAsync(ct);

        sink.Add(countCode, IndicatorValue.Total, 0);
        Query.Zeros(sink, countCode, [SexKey(Sex.Nam), SexKey(Sex.Nu)]);
        q.UnitZeros(sink, countCode);
        foreach (var r in all) sink.Count(countCode, r.N, SexKey(r.Sex), q.Units.UnitKey(r.UnitId));

        if (!sink.Wants(shareCode)) return;
        var (from, to) = (q.From, q.To);
        var support = q.Db.SupportRecords.AsNoTracking().VisibleTo(q.Scope).Where(s => s.Date >= from && s.Date <= to);
        var supported = await classified
            .Where(c => support.Any(s => s.ChildId == c.Id))
            .GroupBy(c => c.UnitId)
            .Select(g => new { UnitId = g.Key, N = g.Count() })
            .ToListAsync(ct);
        var numerator = supported.ToDictionary(r => r.UnitId, r => r.N);
        sink.AddShare(shareCode, IndicatorValue.Total, 0, 0);
        q.UnitShareZeros(sink, shareCode);
        foreach (var r in all.GroupBy(r => r.UnitId))
        {
            var n = numerator.GetValueOrDefault(r.Key);
            var d = r.Sum(x => x.N);
            sink.AddShare(shareCode, IndicatorValue.Total, n, d);
            if (q.Units.UnitKey(r.Key) is { } key) sink.AddShare(shareCode, key, n, d);
        }
    }
}
