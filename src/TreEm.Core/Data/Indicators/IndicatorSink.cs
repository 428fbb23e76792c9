using TreEm.Domain.Indicators;

namespace TreEm.Data.Indicators;

/// <summary>
/// Collects the values of one computation: counts and amounts are summed per (code, key), percents keep their
/// numerator and denominator and become a share at the end. Only the requested codes are kept.
/// </summary>
internal sealed class IndicatorSink(IReadOnlySet<string> wanted)
{
    private readonly Dictionary<(string Code, string Key), decimal> _values = [];
    private readonly Dictionary<(string Code, string Key), (decimal Numerator, decimal Denominator)> _shares = [];
    private readonly List<(string Code, string Key)> _order = [];

    public bool Wants(string code) => wanted.Contains(code);

    public bool WantsAny(params string[] codes) => codes.Any(wanted.Contains);

    /// <summary>Adds to a count or amount (creating the row at 0 first).</summary>
    public void Add(string code, string key, decimal value)
    {
        if (!Wants(code)) return;
        var k = (code, key);
        if (!_values.TryGetValue(k, out var v)) _order.Add(k);
        _values[k] = v + value;
    }

    /// <summary>Adds to the numerator and denominator of a percent.</summary>
    public void AddShare(string code, string key, decimal numerator, decimal denominator)
    {
        if (!Wants(code)) return;
        var k = (code, key);
        if (!_shares.TryGetValue(k, out var v)) _order.Add(k);
        _shares[k] = (v.Numerator + numerator, v.Denominator + denominator);
    }

    /// <summary>Adds one count to the total and to each breakdown key given (null keys are skipped).</summary>
    public void Count(string code, decimal value, params string?[] keys)
    {
        if (!Wants(code)) return;
        Add(code, IndicatorValue.Total, value);
        foreach (var key in keys)
            if (key is not null) Add(code, key, value);
    }

    /// <summary>The values in catalogue order, each total first, then its breakdown rows in the order they appeared.</summary>
    public IReadOnlyList<IndicatorValue> Results()
    {
        var rank = IndicatorCatalogue.All.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return _order
            .Select((k, i) => (k, i))
            .OrderBy(x => rank.GetValueOrDefault(x.k.Code, int.MaxValue))
            .ThenBy(x => x.k.Key.Length == 0 ? 0 : 1)
            .ThenBy(x => x.i)
            .Select(x => _shares.TryGetValue(x.k, out var s)
                ? new IndicatorValue(x.k.Code, x.k.Key, IndicatorEngine.Percent(s.Numerator, s.Denominator), s.Numerator, s.Denominator)
                : new IndicatorValue(x.k.Code, x.k.Key, _values[x.k]))
            .ToList();
    }
}
