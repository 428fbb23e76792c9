using TreEm.Domain.Indicators;

namespace TreEm.Domain.Plans;

/// <summary>Where a target stands on a day of its year (the dashboard's status column).</summary>
public enum TargetState
{
    /// <summary>No value yet (chưa có số liệu).</summary>
    NoData,
    /// <summary>Behind (chậm).</summary>
    Behind,
    /// <summary>On track (đúng tiến độ).</summary>
    OnTrack,
    /// <summary>Met (đạt).</summary>
    Met,
}

/// <summary>
/// The rule that decides a target's status from its current value (issue 6 item 2). Pure: no database, no clock.
/// <list type="bullet">
/// <item>A share (percent indicator) is a rate, not a running total: it is met when it reaches the target; it is on
/// track when it is short of the target by at most <see cref="PercentTolerance"/> percentage points (the usual margin
/// between a half-year figure and the year's result in the 2021 reports); otherwise it is behind. A percent indicator
/// that accumulates over the year (period type <see cref="IndicatorPeriodType.Year"/>, e.g. officers trained) is
/// judged like an amount.</item>
/// <item>A count or an amount accumulates over the year ("≥ 4 tỷ đồng"): met when it reaches the target; on track when
/// it has reached the target's share of the year elapsed (half the amount at the end of June); otherwise behind.
/// An "at most" limit is behind as soon as it is exceeded, or when the value runs ahead of the elapsed share.</item>
/// <item>"Below the previous year" compares with the same span of the previous year: while the year runs, fewer than
/// last year is on track and as many or more is behind; once the year is over, fewer is met. Zero against zero counts
/// as fewer (nothing to reduce).</item>
/// </list>
/// </summary>
public static class TargetStatus
{
    /// <summary>How far (percentage points) a share may be below its target and still be on track.</summary>
    public const decimal PercentTolerance = 5m;

    /// <summary>The share of the year from 1 January to <paramref name="day"/> (both included): 0 &lt; share ≤ 1.</summary>
    public static decimal ElapsedShare(int year, DateOnly day)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        if (day < first) return 0m;
        if (day >= last) return 1m;
        return (day.DayNumber - first.DayNumber + 1) / (decimal)(last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>Whether the indicator's value is a running total over the year (judged by the share of the year).</summary>
    public static bool Accumulates(IndicatorMeasure measure, IndicatorPeriodType periodType) =>
        measure != IndicatorMeasure.Percent || periodType == IndicatorPeriodType.Year;

    /// <summary>The status of a target.</summary>
    /// <param name="comparator">How the value is compared.</param>
    /// <param name="target">The target's value (ignored for <see cref="TargetComparator.BelowPreviousYear"/>).</param>
    /// <param name="accumulates">True for a running total (counts, amounts), false for a share.</param>
    /// <param name="value">The current value, null when there is none.</param>
    /// <param name="previous">The value of the same span of the previous year (for <see cref="TargetComparator.BelowPreviousYear"/>).</param>
    /// <param name="elapsed">The share of the year elapsed, 0–1 (<see cref="ElapsedShare"/>).</param>
    public static TargetState Of(TargetComparator comparator, decimal? target, bool accumulates, decimal? value, decimal? previous, decimal elapsed)
    {
        if (value is not { } v) return TargetState.NoData;
        elapsed = Math.Clamp(elapsed, 0m, 1m);
        var yearOver = elapsed >= 1m;
        if (comparator == TargetComparator.BelowPreviousYear)
        {
            if (previous is not { } p) return TargetState.NoData;
            var fewer = v < p || (v == 0m && p == 0m);
            return !fewer ? TargetState.Behind : yearOver ? TargetState.Met : TargetState.OnTrack;
        }
        if (target is not { } t) return TargetState.NoData;
        switch (comparator)
        {
            case TargetComparator.AtMost:
                if (v > t) return TargetState.Behind;
                if (yearOver || !accumulates) return TargetState.Met;
                return v <= t * elapsed ? TargetState.OnTrack : TargetState.Behind;
            case TargetComparator.Equal when !accumulates:
                if (Math.Abs(v - t) < 0.05m) return TargetState.Met;
                return Math.Abs(v - t) <= PercentTolerance ? TargetState.OnTrack : TargetState.Behind;
            case TargetComparator.Equal:
                if (v == t) return TargetState.Met;
                if (v > t || yearOver) return TargetState.Behind;
                return v >= t * elapsed ? TargetState.OnTrack : TargetState.Behind;
            default: // AtLeast
                if (v >= t) return TargetState.Met;
                if (!accumulates) return t - v <= PercentTolerance ? TargetState.OnTrack : TargetState.Behind;
                if (yearOver) return TargetState.Behind;
                return v >= t * elapsed ? TargetState.OnTrack : TargetState.Behind;
        }
    }

    /// <summary>
    /// How far a value is from where the target wants it, relative to the target: negative is short, positive is ahead.
    /// Sorting by it puts the worst first. Null when there is no value to compare.
    /// </summary>
    public static decimal? Gap(TargetComparator comparator, decimal? target, bool accumulates, decimal? value, decimal? previous, decimal elapsed)
    {
        if (value is not { } v) return null;
        if (comparator == TargetComparator.BelowPreviousYear)
            return previous is { } p ? (p - v) / Math.Max(Math.Abs(p), 1m) : null;
        if (target is not { } t) return null;
        var expected = accumulates ? t * Math.Clamp(elapsed, 0m, 1m) : t;
        var scale = Math.Max(Math.Abs(expected), 1m);
        return comparator == TargetComparator.AtMost ? (expected - v) / scale : (v - expected) / scale;
    }
}
