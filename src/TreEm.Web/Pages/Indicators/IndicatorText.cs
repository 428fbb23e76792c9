using System.Globalization;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;

namespace TreEm.Web.Pages.Indicators;

/// <summary>The Vietnamese words of the indicator pages (translated through <see cref="IndicatorsResource"/>).</summary>
public static class IndicatorText
{
    public static string Dimension(string dimension) => dimension switch
    {
        IndicatorCatalogue.BySex => "Giới tính",
        IndicatorCatalogue.ByUnit => "Đơn vị trực thuộc",
        IndicatorCatalogue.ByGroup => "Nhóm hoàn cảnh đặc biệt",
        IndicatorCatalogue.ByForm => "Hình thức",
        IndicatorCatalogue.ByKind => "Loại",
        IndicatorCatalogue.BySource => "Nguồn kinh phí",
        IndicatorCatalogue.ByEvent => "Sự kiện",
        IndicatorCatalogue.ByOutcome => "Hậu quả",
        _ => dimension,
    };

    public static string PeriodType(IndicatorPeriodType type) => type == IndicatorPeriodType.Year ? "Năm" : "6 tháng hoặc năm";

    public static string Measure(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.Percent => "Tỷ lệ",
        IndicatorMeasure.Amount => "Số tiền",
        _ => "Số lượng",
    };

    /// <summary>A value as people read it: percents with one decimal, counts and amounts in whole numbers.</summary>
    public static string Value(IndicatorDefinition definition, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (value is not { } v) return "–";
        return definition.Measure == IndicatorMeasure.Percent
            ? v.ToString("N1", CultureInfo.CurrentCulture) + " %"
            : v.ToString("N0", CultureInfo.CurrentCulture);
    }

    /// <summary>A whole number (numerators, denominators).</summary>
    public static string Number(decimal? value) => (value ?? 0).ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The name in the language of the page.</summary>
    public static string Name(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? definition.NameEn : definition.NameVi;
    }
}
