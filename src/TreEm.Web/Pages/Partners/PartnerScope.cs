using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Partners;

/// <summary>
/// Who manages partner agencies (administrators, province and district officers) and which: the agencies whose
/// unit is inside the manager's scope.
/// </summary>
public static class PartnerScope
{
    public static readonly IReadOnlySet<Role> Managers = new HashSet<Role> { Role.ProvinceOfficer, Role.DistrictOfficer };

    public const int PageSize = 50;

    public static UserScope Of(UserScope scope) => scope.For(Managers);

    public static bool IsFor(UserScope scope) => scope.All || Of(scope).Paths.Count > 0;

    public static IQueryable<PartnerAgency> Agencies(TreEmDbContext db, UserScope scope) =>
        db.PartnerAgencies.Where(Scoping.PathIn<PartnerAgency>(a => a.Unit!.Path, Of(scope)));

    public static Task<PartnerAgency?> FindAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct) =>
        Agencies(db, scope).Include(a => a.Unit).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Users holding the partner role inside the manager's scope.</summary>
    public static IQueryable<AppUser> PartnerUsers(TreEmDbContext db, UserScope scope) =>
        db.Users.VisibleTo(Of(scope)).Where(u => u.Roles.Any(r => r.Role == Role.Partner));
}

/// <summary>The agency form (create and edit).</summary>
public sealed class PartnerInput
{
    [Required(ErrorMessage = "Nhập tên cơ quan.")]
    [StringLength(200, ErrorMessage = "Tên không quá 200 ký tự.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Chọn loại cơ quan.")]
    public PartnerKind? Kind { get; set; }

    [Required(ErrorMessage = "Nhập mã đơn vị mà cơ quan phục vụ.")]
    public string? UnitCode { get; set; }

    [StringLength(20, ErrorMessage = "Số điện thoại không quá 20 ký tự.")]
    [RegularExpression(@"^[0-9 +().-]*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số và các dấu + ( ) . -")]
    public string? Phone { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Checks the unit is in the manager's scope; returns it, or adds an error.</summary>
    public async Task<OrgUnit?> UnitAsync(TreEmDbContext db, UserScope scope, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UnitCode)) return null;
        var unit = await db.Units.FindVisibleAsync(PartnerScope.Of(scope), UnitCode.Trim(), ct);
        if (unit is null) state.AddModelError("Input.UnitCode", message);
        return unit;
    }

    public void ApplyTo(PartnerAgency a, OrgUnit unit)
    {
        a.Name = VietnameseText.Clean(Name);
        a.Kind = Kind!.Value;
        a.UnitId = unit.Id;
        a.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        a.IsActive = IsActive;
    }
}
