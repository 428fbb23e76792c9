namespace TreEm.Domain.Calendar;

/// <summary>
/// The days off granted to public servants in 2020–2027 (Labour Code 2012, then 2019: New Year, Tết, Hùng Kings,
/// 30/4, 1/5, 2/9 and from 2021 an adjacent day), as announced each year, with compensatory days off and the
/// Saturdays worked in exchange. Weekend days inside a holiday break are listed too, so that the calendar page shows
/// the whole break. Years whose schedule was not yet announced when this list was written are marked "dự kiến"
/// (expected); administrators correct them on the calendar page.
/// </summary>
public static class HolidayData
{
    private const string NewYear = "Tết Dương lịch";
    private const string Tet = "Tết Nguyên đán";
    private const string HungKings = "Giỗ Tổ Hùng Vương";
    private const string Reunification = "Ngày Chiến thắng 30/4";
    private const string Labour = "Ngày Quốc tế lao động 1/5";
    private const string NationalDay = "Quốc khánh 2/9";

    public static IReadOnlyList<(DateOnly Date, string Name, bool IsDayOff)> Days { get; } = Build();

    private static List<(DateOnly, string, bool)> Build()
    {
        var days = new List<(DateOnly, string, bool)>();
        void Off(int y, int m, int d, string name) => days.Add((new DateOnly(y, m, d), name, true));
        void Range(int y, int m, int d, int count, string name)
        {
            var start = new DateOnly(y, m, d);
            for (var i = 0; i < count; i++) days.Add((start.AddDays(i), name, true));
        }
        void Worked(int y, int m, int d, string name) => days.Add((new DateOnly(y, m, d), name, false));

        // 2020 (Labour Code 2012: one day for 2/9).
        Off(2020, 1, 1, NewYear);
        Range(2020, 1, 23, 7, Tet);
        Off(2020, 4, 2, HungKings);
        Off(2020, 4, 30, Reunification);
        Off(2020, 5, 1, Labour);
        Off(2020, 9, 2, NationalDay);

        // 2021 (Labour Code 2019: 2/9 and an adjacent day).
        Off(2021, 1, 1, NewYear);
        Range(2021, 2, 10, 7, Tet);
        Off(2021, 4, 21, HungKings);
        Off(2021, 4, 30, Reunification);
        Off(2021, 5, 1, Labour);
        Off(2021, 5, 3, "Nghỉ bù ngày 1/5");
        Off(2021, 9, 2, NationalDay);
        Off(2021, 9, 3, NationalDay);

        // 2022
        Off(2022, 1, 1, NewYear);
        Off(2022, 1, 3, "Nghỉ bù Tết Dương lịch");
        Range(2022, 1, 29, 9, Tet);
        Off(2022, 4, 10, HungKings);
        Off(2022, 4, 11, "Nghỉ bù Giỗ Tổ Hùng Vương");
        Off(2022, 4, 30, Reunification);
        Off(2022, 5, 1, Labour);
        Off(2022, 5, 2, "Nghỉ bù ngày 30/4");
        Off(2022, 5, 3, "Nghỉ bù ngày 1/5");
        Off(2022, 9, 1, NationalDay);
        Off(2022, 9, 2, NationalDay);

        // 2023
        Off(2023, 1, 1, NewYear);
        Off(2023, 1, 2, "Nghỉ bù Tết Dương lịch");
        Range(2023, 1, 20, 7, Tet);
        Off(2023, 4, 29, HungKings);
        Off(2023, 4, 30, Reunification);
        Off(2023, 5, 1, Labour);
        Off(2023, 5, 2, "Nghỉ bù Giỗ Tổ Hùng Vương");
        Off(2023, 5, 3, "Nghỉ bù ngày 30/4");
        Off(2023, 9, 1, NationalDay);
        Off(2023, 9, 2, NationalDay);
        Off(2023, 9, 4, "Nghỉ bù Quốc khánh");

        // 2024
        Off(2024, 1, 1, NewYear);
        Range(2024, 2, 8, 7, Tet);
        Off(2024, 4, 18, HungKings);
        Off(2024, 4, 29, "Nghỉ hoán đổi (làm bù thứ Bảy 04/5)");
        Off(2024, 4, 30, Reunification);
        Off(2024, 5, 1, Labour);
        Worked(2024, 5, 4, "Làm bù cho ngày 29/4");
        Off(2024, 9, 2, NationalDay);
        Off(2024, 9, 3, NationalDay);

        // 2025
        Off(2025, 1, 1, NewYear);
        Range(2025, 1, 25, 9, Tet);
        Off(2025, 4, 7, HungKings);
        Worked(2025, 4, 26, "Làm bù cho ngày 02/5");
        Off(2025, 4, 30, Reunification);
        Off(2025, 5, 1, Labour);
        Off(2025, 5, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)");
        Off(2025, 9, 1, NationalDay);
        Off(2025, 9, 2, NationalDay);

        // 2026
        Off(2026, 1, 1, NewYear);
        Off(2026, 1, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 10/01)");
        Worked(2026, 1, 10, "Làm bù cho ngày 02/01");
        Range(2026, 2, 14, 9, Tet);
        Off(2026, 4, 26, HungKings);
        Off(2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương");
        Off(2026, 4, 30, Reunification);
        Off(2026, 5, 1, Labour);
        Off(2026, 9, 1, NationalDay);
        Off(2026, 9, 2, NationalDay);

        // 2027: expected from the lunar calendar and the Labour Code; to be confirmed when announced.
        Off(2027, 1, 1, NewYear + " (dự kiến)");
        Range(2027, 2, 5, 7, Tet + " (dự kiến)");
        Off(2027, 4, 16, HungKings + " (dự kiến)");
        Off(2027, 4, 30, Reunification + " (dự kiến)");
        Off(2027, 5, 1, Labour + " (dự kiến)");
        Off(2027, 5, 3, "Nghỉ bù ngày 1/5 (dự kiến)");
        Off(2027, 9, 2, NationalDay + " (dự kiến)");
        Off(2027, 9, 3, NationalDay + " (dự kiến)");
        return days;
    }
}
