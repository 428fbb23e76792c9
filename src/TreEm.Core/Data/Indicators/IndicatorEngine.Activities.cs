using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using TreEm.Domain.People;
using C = TreEm.Data.Indicators.IndicatorCatalogue;

namespace TreEm.Data.Indicators;

public static partial class IndicatorEngine
{
    /// <summary>The event kinds of SU_KIEN_HUYEN_PT: a district "holds every event" when it holds these three.</summary>
    public static readonly IReadOnlyList<EventKind> PlanEvents = [EventKind.ThangHanhDong, EventKind.DienDan, EventKind.TrungThu];

    private static async Task EventsAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string code = "SU_KIEN_HUYEN_PT";
        if (!sink.Wants(code)) return;
        var root = q.Units.Find(q.Units.Root.Id);
        var districts = root?.Tier == UnitTier.District
            ? [root]
            : q.Units.All.Where(u => u.Tier == UnitTier.District && u.Id != q.Units.Root.Id).ToList();
        var (from, to, path) = (q.From, q.To, q.Path);
        var held = await q.Db.ChildEvents.AsNoTracking().VisibleTo(q.Scope)
            .Where(e => e.Unit!.Path.StartsWith(path) && e.StartDate <= to && e.EndDate >= from
                && (e.Kind == EventKind.ThangHanhDong || e.Kind == EventKind.DienDan || e.Kind == EventKind.TrungThu))
            .Select(e => new { e.UnitId, e.Kind })
            .Distinct()
            .ToListAsync(ct);
        var kindsOf = districts.ToDictionary(d => d.Id, _ => new HashSet<EventKind>());
        foreach (var e in held)
        {
            if (q.Units.Find(e.UnitId) is not { } organiser) continue;
            foreach (var d in districts.Where(d => organiser.Path.StartsWith(d.Path, StringComparison.Ordinal)))
                kindsOf[d.Id].Add(e.Kind);
        }
        var n = districts.Count;
        sink.AddShare(code, IndicatorValue.Total, kindsOf.Values.Count(k => k.Count == PlanEvents.Count), n);
        foreach (var kind in PlanEvents)
            sink.AddShare(code, Key(C.ByEvent, kind.ToString()), kindsOf.Values.Count(k => k.Contains(kind)), n);
    }

    private static async Task CommunicationAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string count = "TRUYEN_THONG_SO", reach = "TRUYEN_THONG_LUOT";
        if (!sink.WantsAny(count, reach)) return;
        var (from, to, path) = (q.From, q.To, q.Path);
        var rows = await q.Db.CommunicationActivities.AsNoTracking().VisibleTo(q.Scope)
            .Where(a => a.Unit!.Path.StartsWith(path) && a.Date >= from && a.Date <= to)
            .GroupBy(a => new { a.UnitId, a.Channel })
            .Select(g => new { g.Key.UnitId, g.Key.Channel, N = g.Count(), Reach = g.Sum(a => a.Reach) })
            .ToListAsync(ct);
        sink.Add(count, IndicatorValue.Total, 0);
        Query.Zeros(sink, count, Enum.GetValues<CommunicationChannel>().Select(c => Key(C.ByKind, c.ToString())));
        q.UnitZeros(sink, count);
        sink.Add(reach, IndicatorValue.Total, 0);
        q.UnitZeros(sink, reach);
        foreach (var r in rows)
        {
            var unitKey = q.Units.UnitKey(r.UnitId);
            sink.Count(count, r.N, Key(C.ByKind, r.Channel.ToString()), unitKey);
            sink.Count(reach, r.Reach, unitKey);
        }
    }

    /// <summary>As <see cref="TrainingFigures"/>: officers active on the last day, trained in the period.</summary>
    private static async Task TrainingAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string code = "CAN_BO_TAP_HUAN_PT";
        if (!sink.Wants(code)) return;
        var (from, to, path) = (q.From, q.To, q.Path);
        var officers = q.Db.People.AsNoTracking().VisibleTo(q.Scope)
            .Where(p => p.Unit!.Path.StartsWith(path))
            .Where(p => p.StartDate <= to && (p.EndDate == null || p.EndDate >= to))
            .Where(p => p.Kind == PersonKind.CanBoTinh || p.Kind == PersonKind.CanBoHuyen || p.Kind == PersonKind.CanBoXa);
        var all = await officers.GroupBy(p => p.UnitId).Select(g => new { UnitId = g.Key, N = g.Count() }).ToListAsync(ct);
        var trained = (await officers
                .Where(p => q.Db.TrainingParticipants.Any(a => a.PersonId == p.Id && a.Session!.Date >= from && a.Session.Date <= to))
                .GroupBy(p => p.UnitId).Select(g => new { UnitId = g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(r => r.UnitId, r => r.N);
        sink.AddShare(code, IndicatorValue.Total, 0, 0);
        q.UnitShareZeros(sink, code);
        foreach (var r in all)
        {
            var n = trained.GetValueOrDefault(r.UnitId);
            sink.AddShare(code, IndicatorValue.Total, n, r.N);
            if (q.Units.UnitKey(r.UnitId) is { } key) sink.AddShare(code, key, n, r.N);
        }
    }

    private static async Task InjuriesAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string injured = "TNTT_SO", died = "TNTT_TU_VONG";
        if (!sink.WantsAny(injured, died)) return;
        var (from, to, path) = (q.From, q.To, q.Path);
        var rows = await q.Db.InjuryRecords.AsNoTracking().VisibleTo(q.Scope)
            .Where(r => r.Unit!.Path.StartsWith(path) && r.Date >= from && r.Date <= to)
            .GroupBy(r => new { r.UnitId, r.Kind, r.Outcome, r.Sex })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, g.Key.Outcome, g.Key.Sex, N = g.Count() })
            .ToListAsync(ct);
        var kindKeys = Enum.GetValues<InjuryKind>().Select(k => Key(C.ByKind, k.ToString())).ToList();
        sink.Add(injured, IndicatorValue.Total, 0);
        Query.Zeros(sink, injured, kindKeys);
        Query.Zeros(sink, injured, Enum.GetValues<InjuryOutcome>().Select(o => Key(C.ByOutcome, o.ToString())));
        Query.Zeros(sink, injured, [SexKey(Sex.Nam), SexKey(Sex.Nu)]);
        q.UnitZeros(sink, injured);
        sink.Add(died, IndicatorValue.Total, 0);
        Query.Zeros(sink, died, kindKeys);
        q.UnitZeros(sink, died);
        foreach (var r in rows)
        {
            var unitKey = q.Units.UnitKey(r.UnitId);
            var kind = Key(C.ByKind, r.Kind.ToString());
            sink.Count(injured, r.N, kind, Key(C.ByOutcome, r.Outcome.ToString()),
                Key(C.BySex, r.Sex?.ToString() ?? CaseFigures.UnknownKey), unitKey);
            if (r.Outcome == InjuryOutcome.TuVong) sink.Count(died, r.N, kind, unitKey);
        }
    }

    /// <summary>Children screened and operated in the period, each child once (by the unit of the record).</summary>
    private static async Task ProgrammesAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string screened = "KHAM_SANG_LOC_SO", operated = "PHAU_THUAT_SO";
        var (from, to, path) = (q.From, q.To, q.Path);
        var records = q.Db.ProgrammeChildren.AsNoTracking().VisibleTo(q.Scope).Where(r => r.Unit!.Path.StartsWith(path));
        if (sink.Wants(screened))
        {
            var rows = await records.Where(r => r.ScreenedOn >= from && r.ScreenedOn <= to)
                .Select(r => new { r.UnitId, r.ChildId }).Distinct().ToListAsync(ct);
            DistinctChildren(q, sink, screened, rows.Select(r => (r.UnitId, r.ChildId)));
        }
        if (sink.Wants(operated))
        {
            var rows = await records.Where(r => r.SurgeryDone && r.SurgeryDate >= from && r.SurgeryDate <= to)
                .Select(r => new { r.UnitId, r.ChildId }).Distinct().ToListAsync(ct);
            DistinctChildren(q, sink, operated, rows.Select(r => (r.UnitId, r.ChildId)));
        }
    }

    /// <summary>Children in an alternative-care placement that overlaps the period.</summary>
    private static async Task CareAsync(Query q, IndicatorSink sink, CancellationToken ct)
    {
        const string code = "CHAM_SOC_THAY_THE_SO";
        if (!sink.Wants(code)) return;
        var (from, to, path) = (q.From, q.To, q.Path);
        var rows = await q.Db.CarePlacements.AsNoTracking().VisibleTo(q.Scope)
            .Where(p => p.Unit!.Path.StartsWith(path) && p.StartDate <= to && (p.EndDate == null || p.EndDate >= from))
            .Select(p => new { p.UnitId, p.ChildId }).Distinct().ToListAsync(ct);
        DistinctChildren(q, sink, code, rows.Select(r => (r.UnitId, r.ChildId)));
    }

    private static void DistinctChildren(Query q, IndicatorSink sink, string code, IEnumerable<(int UnitId, int ChildId)> rows)
    {
        var list = rows.ToList();
        sink.Add(code, IndicatorValue.Total, list.Select(r => r.ChildId).Distinct().Count());
        q.UnitZeros(sink, code);
        foreach (var g in list.GroupBy(r => q.Units.UnitKey(r.UnitId)))
            if (g.Key is { } key) sink.Add(code, key, g.Select(r => r.ChildId).Distinct().Count());
    }
}
