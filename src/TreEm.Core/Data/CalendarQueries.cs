using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Calendar;

namespace TreEm.Data;

public static class CalendarQueries
{
    /// <summary>The working calendar with the holidays administrators keep (a few hundred rows: read each time).</summary>
    public static async Task<WorkingCalendar> WorkingCalendarAsync(this TreEmDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
