using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>The form shared by the new and edit pages of a communication activity.</summary>
public abstract class CommunicationFormPage : PageModel
{
    [BindProperty]
    public CommunicationForm Input { get; set; } = new();

    /// <summary>Where the cancel link goes.</summary>
    public string BackUrl { get; protected set; } = "/communication";

    /// <summary>
    /// Checks the form and the unit: null with model errors when something was wrong, a 403 result when the unit is
    /// readable but not writable by the user, else the unit.
    /// </summary>
    protected async Task<(ActivityUnit? Unit, IActionResult? Refused)> CheckAsync(TreEmDbContext db, UserScope scope, DateOnly today,
        IStringLocalizer l, CancellationToken ct)
    {
        foreach (var (field, message) in Input.Validate(today)) ModelState.AddModelError("Input." + field, l[message]);
        if (ActivityKit.Clean(Input.UnitCode) is null) return (null, null);
        var unit = await ActivityKit.FindReadableAsync(db, scope, Input.UnitCode, ct);
        if (unit is null)
        {
            ModelState.AddModelError("Input.UnitCode", l["Không tìm thấy đơn vị trong phạm vi của bạn."]);
            return (null, null);
        }
        if (!ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, unit.Path)) return (null, Forbid());
        return (ModelState.IsValid ? unit : null, null);
    }
}
