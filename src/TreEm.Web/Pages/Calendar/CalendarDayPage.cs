using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TreEm.Web.Pages.Calendar;

/// <summary>The add and edit pages of a special day share their form (<c>_DayFields.cshtml</c>).</summary>
public abstract class CalendarDayPage : PageModel
{
    [BindProperty]
    public CalendarDayInput Input { get; set; } = new();
}
