using TreEm.Domain;
using TreEm.Domain.Calendar;
using TreEm.Domain.Indicators;
using TreEm.Security;

namespace TreEm.Data.Indicators;

/// <summary>
/// Computes indicator values for a unit's subtree and a period from the records, through the scoping functions
/// (<c>VisibleTo(scope)</c>); a unit outside the scope gives nothing. Set-based: one query per source table, grouped
/// by what the indicators need (the unit, sex, form...), whatever the number of units; the rows are mapped to the
/// direct child units of <c>unit</c> in memory through the unit paths, so a province report stays close to
/// hand-written SQL (bench/).
/// <para>The semantics, also written in each definition's <see cref="IndicatorDefinition.Formula"/>:</para>
/// <list type="bullet">
/// <item>A child is <b>managed in the period</b> when the record is not a merged duplicate, the child was born by the
/// last day of the period (birth year when the date is unknown), and the record is "đang quản lý" or left the register
/// (16 years old, deceased, moved away) on or after the first day of the period. The child counts in the subtree of
/// the unit they are registered in today.</item>
/// <item>A classification (special circumstance or at risk) counts when its [start, end) overlaps the period: it
/// started on or before the last day and has no end or ends after the first day (the end day itself is no longer
/// covered, as in <c>ChildClassification.IsCurrentOn</c>).</item>
/// <item>Support: the support records dated in the period; a child is supported when at least one record of theirs
/// is dated in the period, wherever it was given. Amounts and counts go to the unit the record was given in.</item>
/// <item>Cases: as <see cref="CaseFigures"/> counts them: received in the period (Vietnam dates), in the subtree.
/// Abused children are counted once (a register child once whatever the number of cases, a merged duplicate as the
/// record it was merged into; a provisional child once per case). "Handled on time": the children of the cases whose
/// every step is done within its limit (<c>Case.HandledOnTime(now)</c>) over the children of all those cases, each
/// child counted once per case.</item>
/// <item>Events: the district-tier units under the unit (the unit itself when it is a district) holding an event of
/// the kind that overlaps the period, organised by the district or a unit below it.</item>
/// <item>Training: as <see cref="TrainingFigures"/>: officers (province, district, commune) active on the last day of
/// the period, trained when they attended a session dated in the period.</item>
/// <item>Injuries, communication, screening, surgery: the records dated in the period. Alternative care: placements
/// overlapping the period.</item>
/// <item>Fund: entries of the funds held by units of the subtree, dated in the period; a reversal dated in the
/// period takes back the entry it cancels (<see cref="TreEm.Domain.Support.FundLedger"/>).</item>
/// </list>
/// Percents are rounded to one decimal, half away from zero; a percent with no denominator has no value.
/// </summary>
public static partial class IndicatorEngine
{
    /// <summary>Computes the given indicators (all when <paramref name="codes"/> is null) for <paramref name="unit"/>
    /// and the units below it, as <paramref name="scope"/> may see them.</summary>
    /// <param name="db">The database.</param>
    /// <param name="scope">The user's scope.</param>
    /// <param name="unit">The unit whose subtree is counted.</param>
    /// <param name="period">The days counted, both ends included.</param>
    /// <param name="codes">The indicator codes wanted; unknown codes are ignored; null for every indicator.</param>
    /// <param name="now">The instant "on time" is judged at.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(TreEmDbContext db, UserScope scope, OrgUnit unit,
        FigurePeriod period, IReadOnlyCollection<string>? codes, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        if (period.To < period.From) throw new ArgumentException("The period ends before it starts.", nameof(period));
        if (!scope.Covers(unit.Path)) return [];

        var wanted = (codes is null
                ? IndicatorCatalogue.All.Select(d => d.Code)
                : codes.Select(c => IndicatorCatalogue.Find(c)?.Code).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return [];

        var sink = new IndicatorSink(wanted);
        var units = await UnitMap.LoadAsync(db, scope, unit, ct);
        var q = new Query(db, scope, units, unit.Path, period, now);

        await ChildrenAsync(q, sink, ct);
        await CasesAsync(q, sink, ct);
        await SupportAsync(q, sink, ct);
        await EventsAsync(q, sink, ct);
        await CommunicationAsync(q, sink, ct);
        await TrainingAsync(q, sink, ct);
        await ProgrammesAsync(q, sink, ct);
        await CareAsync(q, sink, ct);
        await InjuriesAsync(q, sink, ct);
        await FundAsync(q, sink, ct);
        return sink.Results();
    }

    /// <summary>A share in percent rounded to one decimal (half away from zero); null when the denominator is 0.</summary>
    public static decimal? Percent(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>What every section needs: the database, the scope, the subtree and the period.</summary>
    private sealed record Query(TreEmDbContext Db, UserScope Scope, UnitMap Units, string Path, FigurePeriod Period, DateTime Now)
    {
        public DateOnly From => Period.From;
        public DateOnly To => Period.To;

        /// <summary>The first instant of the period (UTC) for timestamps recorded in UTC.</summary>
        public DateTime FromUtc => StartOfDayUtc(Period.From);

        /// <summary>The first instant after the period (UTC).</summary>
        public DateTime UntilUtc => StartOfDayUtc(Period.To.AddDays(1));

        /// <summary>Adds a row at 0 for each key so that a breakdown shows its empty lines.</summary>
        public static void Zeros(IndicatorSink sink, string code, IEnumerable<string> keys)
        {
            foreach (var key in keys) sink.Add(code, key, 0);
        }

        public void UnitZeros(IndicatorSink sink, string code) => Zeros(sink, code, Units.DirectChildren.Select(u => IndicatorCatalogue.ByUnit + ":" + u.Code));

        public void UnitShareZeros(IndicatorSink sink, string code)
        {
            foreach (var u in Units.DirectChildren) sink.AddShare(code, IndicatorCatalogue.ByUnit + ":" + u.Code, 0, 0);
        }
    }

    private static DateTime StartOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - WorkingCalendar.VietnamOffset, DateTimeKind.Utc);

    private static string Key(string dimension, string key) => dimension + ":" + key;
}
