using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>
/// What every step page shares: the case loaded through <see cref="CaseAccessor"/> (404 when the user cannot find
/// it, 403 when they see it but may not act), the case header with the step's due time, the hidden version and
/// the save that calls the domain method, reports its refusal or the changes others saved meanwhile.
/// </summary>
public abstract class StepPageModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : PageModel
{
    protected CaseAccessor Cases => cases;
    protected IStringLocalizer<CaseStepsResource> L => l;

    public OpenCase Open { get; private set; } = null!;

    /// <summary>The version of the case the form was loaded at.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>Set when others saved the case since the form was loaded: the user's input was not saved.</summary>
    public IReadOnlyList<CaseChange>? Conflicts { get; private set; }

    public DateTime Now => cases.Now;

    /// <summary>The page's title (a key of <see cref="CaseStepsResource"/>).</summary>
    public abstract string Heading { get; }

    /// <summary>The open step this page completes: its due time is shown in the header.</summary>
    public virtual CaseStep? DueStep => null;

    /// <summary>A due date without a time (plan tasks).</summary>
    public virtual DateOnly? DueDate => null;

    /// <summary>Loads the case; null when the page may go on, or the 404/403 answer.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, Func<OpenCase, bool> mayAct, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct);
        if (open is null) return NotFound();
        Open = open;
        if (!mayAct(open)) return Forbid();
        return null;
    }

    /// <summary>The form shows the case as it is now and will be saved against this version.</summary>
    protected void StartForm() => Version = Open.Case.Version;

    protected CaseStep? OpenStep(CaseStepKind kind) =>
        Open.Case.Steps.Where(s => s.Kind == kind && s.IsOpen).MinBy(s => s.OpenedAt);

    protected void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);

    /// <summary>
    /// Runs the step on the case and saves it once, with the reason in the audit log. A refusal of the procedure,
    /// or a change others saved since the form was loaded, returns the page with the user's input kept.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(Action<OpenCase> step, string? reason, string flash, CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var id = Open.Case.Id;
        if (Version != Open.Case.Version)
        {
            Conflicts = await cases.ChangesSinceAsync(id, Version, ct);
            Version = Open.Case.Version;
            return Page();
        }
        try
        {
            step(Open);
        }
        catch (CaseRuleException ex)
        {
            ModelState.AddModelError("", l[ex.Message]);
            return Page();
        }
        audit.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var conflicts = await cases.SaveAsync(Open.Case, Version, ct);
        if (conflicts is not null)
        {
            var current = await cases.FindAsync(id, ct, tracked: false);
            if (current is null) return NotFound();
            Open = current;
            Conflicts = conflicts;
            Version = current.Case.Version;
            return Page();
        }
        TempData["Flash"] = flash;
        return Redirect(StepText.CaseUrl(id));
    }
}
