namespace TreEm.Domain.Calendar;

/// <summary>
/// A day whose working status differs from the normal week: a public holiday or a compensatory day off
/// (<see cref="IsDayOff"/> true), or a Saturday or Sunday worked in exchange for a day off (false, "làm bù").
/// Administrators keep this list; deadlines in working days come from it (<see cref="WorkingCalendar"/>).
/// </summary>
public class CalendarDay
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>What the day is, in Vietnamese: "Tết Nguyên đán", "Nghỉ bù Quốc khánh", "Làm bù cho ngày 02/5"...</summary>
    public string Name { get; set; } = "";

    public bool IsDayOff { get; set; } = true;
}
