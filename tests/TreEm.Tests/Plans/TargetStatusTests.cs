using TreEm.Domain.Indicators;
using TreEm.Domain.Plans;

namespace TreEm.Tests.Plans;

/// <summary>The status rule of a target: met, on track, behind, no data.</summary>
public class TargetStatusTests
{
    private const decimal Half = 0.5m;

    [Theory]
    [InlineData(98.5, TargetState.Met)]
    [InlineData(99.0, TargetState.Met)]
    [InlineData(94.0, TargetState.OnTrack)] // 4,5 points short: within the 5-point tolerance
    [InlineData(93.5, TargetState.OnTrack)]
    [InlineData(93.4, TargetState.Behind)]
    [InlineData(60.0, TargetState.Behind)]
    public void Percent_AtLeast_JudgedWithTheTolerance_WhateverTheTimeOfYear(double value, TargetState expected)
    {
        Assert.Equal(expected, TargetStatus.Of(TargetComparator.AtLeast, 98.5m, accumulates: false, (decimal)value, null, 0.1m));
        Assert.Equal(expected, TargetStatus.Of(TargetComparator.AtLeast, 98.5m, accumulates: false, (decimal)value, null, 1m));
    }

    [Fact]
    public void Percent_Equal100_MetOnlyAt100()
    {
        Assert.Equal(TargetState.Met, TargetStatus.Of(TargetComparator.Equal, 100m, false, 100m, null, Half));
        Assert.Equal(TargetState.OnTrack, TargetStatus.Of(TargetComparator.Equal, 100m, false, 96m, null, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.Equal, 100m, false, 80m, null, Half));
    }

    [Fact]
    public void Amount_AtLeast_OnTrackByTheShareOfTheYearElapsed()
    {
        const decimal fourBillion = 4_000_000_000m;
        // End of June: half the year, half the amount is on track.
        Assert.Equal(TargetState.OnTrack, TargetStatus.Of(TargetComparator.AtLeast, fourBillion, true, 2_100_000_000m, null, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.AtLeast, fourBillion, true, 1_500_000_000m, null, Half));
        Assert.Equal(TargetState.Met, TargetStatus.Of(TargetComparator.AtLeast, fourBillion, true, 4_000_000_000m, null, Half));
        // The year is over: short of the amount is behind, not on track.
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.AtLeast, fourBillion, true, 3_900_000_000m, null, 1m));
    }

    [Fact]
    public void BelowPreviousYear_ComparesWithTheSameSpanOfLastYear()
    {
        Assert.Equal(TargetState.OnTrack, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 20m, 24m, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 24m, 24m, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 30m, 24m, Half));
        Assert.Equal(TargetState.Met, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 20m, 24m, 1m));
        Assert.Equal(TargetState.Met, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 0m, 0m, 1m));
        Assert.Equal(TargetState.NoData, TargetStatus.Of(TargetComparator.BelowPreviousYear, null, true, 20m, null, Half));
    }

    [Fact]
    public void AtMost_BehindOnceExceededOrAheadOfTheYear()
    {
        Assert.Equal(TargetState.OnTrack, TargetStatus.Of(TargetComparator.AtMost, 10m, true, 4m, null, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.AtMost, 10m, true, 7m, null, Half));
        Assert.Equal(TargetState.Behind, TargetStatus.Of(TargetComparator.AtMost, 10m, true, 11m, null, 1m));
        Assert.Equal(TargetState.Met, TargetStatus.Of(TargetComparator.AtMost, 10m, true, 10m, null, 1m));
    }

    [Fact]
    public void NoValue_IsNoData()
    {
        Assert.Equal(TargetState.NoData, TargetStatus.Of(TargetComparator.AtLeast, 98.5m, false, null, null, Half));
        Assert.Null(TargetStatus.Gap(TargetComparator.AtLeast, 98.5m, false, null, null, Half));
    }

    [Fact]
    public void ElapsedShare_RunsFromTheFirstToTheLastDayOfTheYear()
    {
        Assert.Equal(1m / 365m, TargetStatus.ElapsedShare(2021, new DateOnly(2021, 1, 1)));
        Assert.Equal(181m / 365m, TargetStatus.ElapsedShare(2021, new DateOnly(2021, 6, 30)));
        Assert.Equal(1m, TargetStatus.ElapsedShare(2021, new DateOnly(2026, 11, 30)));
        Assert.Equal(0m, TargetStatus.ElapsedShare(2027, new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Accumulates_CountsAmountsAndYearlyShares_NotRates()
    {
        Assert.True(TargetStatus.Accumulates(IndicatorMeasure.Amount, IndicatorPeriodType.Year));
        Assert.True(TargetStatus.Accumulates(IndicatorMeasure.Count, IndicatorPeriodType.SixMonthsOrYear));
        Assert.True(TargetStatus.Accumulates(IndicatorMeasure.Percent, IndicatorPeriodType.Year));
        Assert.False(TargetStatus.Accumulates(IndicatorMeasure.Percent, IndicatorPeriodType.SixMonthsOrYear));
    }

    [Fact]
    public void Gap_SortsTheWorstFirst()
    {
        var far = TargetStatus.Gap(TargetComparator.AtLeast, 98.5m, false, 60m, null, Half);
        var near = TargetStatus.Gap(TargetComparator.AtLeast, 98.5m, false, 95m, null, Half);
        Assert.True(far < near);
        var moreInjuries = TargetStatus.Gap(TargetComparator.BelowPreviousYear, null, true, 30m, 20m, Half);
        var fewer = TargetStatus.Gap(TargetComparator.BelowPreviousYear, null, true, 10m, 20m, Half);
        Assert.True(moreInjuries < fewer);
    }
}
