using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>One unit: identity, flags, validity, its children and how many users hold roles there.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed record Link(string Code, string Name);

    public sealed record ChildRow(string Code, string Name, string TypeName, int ChildCount, bool Active);

    public OrgUnit Unit { get; private set; } = null!;
    public string TypeName { get; private set; } = "";

    /// <summary>The parent when the user sees it; null for a root or a parent outside the scope.</summary>
    public Link? Parent { get; private set; }
    public bool ParentOutOfScope { get; private set; }

    /// <summary>The ancestors the user sees, from the top.</summary>
    public List<Link> Ancestors { get; private set; } = [];
    public List<ChildRow> Children { get; private set; } = [];
    public int UserCount { get; private set; }
    public bool Active { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await db.Units.AsNoTracking().FindVisibleAsync(scope, code, ct);
        if (unit is null) return NotFound();
        Unit = unit;
        TypeName = UnitText.TypeName(unit.Type!.Name, unit.Type.NameEn);
        var today = DateOnly.FromDateTime(Display.ToVietnamTime(time.GetUtcNow().UtcDateTime));
        Active = unit.IsActiveOn(today);

        var ancestorCodes = UnitText.Codes(unit.Path)[..^1];
        var visible = ancestorCodes.Length == 0
            ? []
            : await db.Units.AsNoTracking().VisibleTo(scope)
                .Where(u => ancestorCodes.Contains(u.Code))
                .Select(u => new Link(u.Code, u.Name))
                .ToListAsync(ct);
        Ancestors = ancestorCodes.Select(c => visible.Find(v => v.Code == c)).OfType<Link>().ToList();
        if (ancestorCodes.Length > 0)
        {
            Parent = Ancestors.Find(a => a.Code == ancestorCodes[^1]);
            ParentOutOfScope = Parent is null;
        }

        var children = await db.Units.AsNoTracking().VisibleTo(scope)
            .Where(u => u.ParentId == unit.Id)
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                u.Code,
                u.Name,
                u.ValidFrom,
                u.ValidTo,
                TypeName = u.Type!.Name,
                TypeNameEn = u.Type.NameEn,
                ChildCount = u.Children.Count,
            })
            .ToListAsync(ct);
        Children = children
            .Select(c => new ChildRow(c.Code, c.Name, UnitText.TypeName(c.TypeName, c.TypeNameEn), c.ChildCount,
                (c.ValidFrom is null || c.ValidFrom <= today) && (c.ValidTo is null || today < c.ValidTo)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();

        UserCount = await db.Users.AsNoTracking().VisibleTo(scope)
            .CountAsync(u => u.Roles.Any(r => r.UnitId == unit.Id), ct);
        return Page();
    }
}
