using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// One case as the user may see it: status and steps for everyone who can find it, the children for partners and
/// workers, the narrative and assessments only for those the law names. Opening it is recorded in the audit log.
/// </summary>
[ReadOnlyPage]
public class DetailsModel(TreEmDbContext db, CaseAccessor cases) : PageModel
{
    public OpenCase Open { get; private set; } = null!;
    public DateTime Now { get; private set; }

    /// <summary>Names of the units steps were escalated to.</summary>
    public Dictionary<int, string> EscalatedTo { get; private set; } = [];

    /// <summary>For each linked child not yet decided: the groups the confirmed outcome proposes (item 7).</summary>
    public List<Proposal> Proposals { get; private set; } = [];

    public sealed record Proposal(CaseChild Child, string GroupCode, string GroupName);

    public Case Case => Open.Case;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        Open = open;
        Now = cases.Now;
        var unitIds = open.Case.Steps.Select(s => s.EscalatedToUnitId).OfType<int>().Distinct().ToList();
        if (unitIds.Count > 0)
            EscalatedTo = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        if (open.CanWork)
        {
            var wanted = open.Case.Children.SelectMany(c => ClassificationProposal.For(open.Case, c).Select(g => (Child: c, Group: g))).ToList();
            if (wanted.Count > 0)
            {
                var codes = wanted.Select(w => w.Group).Distinct().ToList();
                var names = await db.SpecialCircumstanceGroups.AsNoTracking().Where(g => codes.Contains(g.Code))
                    .Select(g => new { g.Code, g.Name, g.NameEn }).ToListAsync(ct);
                Proposals = wanted.Select(w => new Proposal(w.Child, w.Group,
                    names.Where(n => n.Code == w.Group).Select(n => ChildText.Name(n.Name, n.NameEn)).FirstOrDefault() ?? w.Group)).ToList();
            }
        }

        db.AuditRead(nameof(Domain.Cases.Case), id.ToString(System.Globalization.CultureInfo.InvariantCulture), open.Case.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    /// <summary>A child's name as shown: the register's for a linked child, else as reported, else "chưa rõ tên".</summary>
    public static string? ChildName(CaseChild c) => c.Child?.FullName ?? c.FullName;
}
