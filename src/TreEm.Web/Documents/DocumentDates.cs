using System.Globalization;

namespace TreEm.Web.Documents;

/// <summary>The place-and-date line of Decree 30/2020/NĐ-CP (Phụ lục I, ô số 4).</summary>
public static class DocumentDates
{
    /// <summary>
    /// "ngày 05 tháng 02 năm 2026": a day below 10 and the months 1 and 2 take a leading zero (so that nothing can be
    /// written in front of them); the other months do not ("ngày 18 tháng 3 năm 2021", "ngày 20 tháng 11 năm 2026").
    /// </summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>"Ia Tiêm, ngày 05 tháng 02 năm 2026"; without a place, "Ngày 05 tháng 02 năm 2026".</summary>
    public static string PlaceAndDate(string? place, DateOnly date)
    {
        var d = Date(date);
        return string.IsNullOrWhiteSpace(place) ? "N" + d[1..] : $"{place.Trim()}, {d}";
    }
}
