using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Referrals;

/// <summary>
/// A partner agency's referrals: only those to the user's own agency, of cases the scoping function lets them find.
/// Children's names are shown; the case narrative is never read.
/// </summary>
public static class ReferralQueries
{
    public const int PageSize = 50;

    /// <summary>The user's agency when they are a partner user attached to one; otherwise the pages do not exist.</summary>
    public static int? AgencyOf(UserScope scope) =>
        !scope.All && scope.Has(Role.Partner) && scope.PartnerAgencyId is { } agency ? agency : null;

    public sealed record Row(int Id, int CaseId, string CommuneName, DateTime ReferredAt, string Request, ReferralStatus Status)
    {
        public string CaseCode => Case.CodeOf(CaseId);
    }

    public sealed record ChildRow(int CaseId, string? FullName, DateOnly? DateOfBirth, int? EstimatedAge, CaseChildSex Sex);

    public sealed record Result(IReadOnlyList<Row> Rows, ILookup<int, ChildRow> Children, int Total, int Page, int Pages);

    public static async Task<Result> ListAsync(TreEmDbContext db, UserScope scope, int agency, ReferralStatus? status, int page, CancellationToken ct)
    {
        var query =
            from r in db.Referrals
            join c in db.Cases.VisibleTo(scope) on r.CaseId equals c.Id
            where r.AgencyId == agency
            select new { r.Id, CaseId = c.Id, CommuneName = c.Unit!.Name, r.ReferredAt, r.Request, r.Status };
        if (status is { } s) query = query.Where(r => r.Status == s);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = (await query.OrderByDescending(r => r.ReferredAt).ThenByDescending(r => r.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct))
            .Select(r => new Row(r.Id, r.CaseId, r.CommuneName, r.ReferredAt, r.Request, r.Status)).ToList();
        var caseIds = rows.Select(r => r.CaseId).Distinct().ToList();
        var children = await ChildrenAsync(db, caseIds, ct);
        return new Result(rows, children.ToLookup(c => c.CaseId), total, page, pages);
    }

    /// <summary>The children of the cases (names as the register knows them, or as reported).</summary>
    public static async Task<List<ChildRow>> ChildrenAsync(TreEmDbContext db, IReadOnlyCollection<int> caseIds, CancellationToken ct)
    {
        var rows = await db.CaseChildren.AsNoTracking()
            .Where(x => caseIds.Contains(x.CaseId))
            .OrderBy(x => x.Id)
            .Select(x => new
            {
                x.CaseId,
                FullName = x.Child != null ? x.Child.FullName : x.FullName,
                DateOfBirth = x.Child != null ? x.Child.DateOfBirth : x.DateOfBirth,
                x.EstimatedAge, x.Sex,
            })
            .ToListAsync(ct);
        return rows.Select(x => new ChildRow(x.CaseId, x.FullName, x.DateOfBirth, x.EstimatedAge, x.Sex)).ToList();
    }

    /// <summary>One referral to the agency, tracked, with its case's unit; null when it is not theirs (404).</summary>
    public static async Task<(Referral Referral, Case Case)?> FindAsync(TreEmDbContext db, UserScope scope, int agency, int id, CancellationToken ct)
    {
        var referral = await db.Referrals.Include(r => r.Actions).Include(r => r.Agency)
            .FirstOrDefaultAsync(r => r.Id == id && r.AgencyId == agency, ct);
        if (referral is null) return null;
        var c = await db.Cases.VisibleTo(scope).AsNoTracking().Include(x => x.Unit)
            .FirstOrDefaultAsync(x => x.Id == referral.CaseId, ct);
        return c is null ? null : (referral, c);
    }

    public static string Sex(CaseChildSex sex) => sex switch
    {
        CaseChildSex.Nam => Cases.FollowUpText.English ? "Male" : "Nam",
        CaseChildSex.Nu => Cases.FollowUpText.English ? "Female" : "Nữ",
        _ => Cases.FollowUpText.English ? "Unknown" : "Chưa rõ",
    };

    public static string Age(ChildRow c) =>
        c.DateOfBirth is { } d ? Hosting.Display.Date(d)
        : c.EstimatedAge is { } a ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Cases.FollowUpText.English ? "about {0} years old" : "khoảng {0} tuổi", a)
        : "";
}

/// <summary>What a partner records on a referral.</summary>
public sealed class ReferralActionInput
{
    [Required(ErrorMessage = "Ghi nội dung hoạt động đã thực hiện.")]
    [StringLength(4000, ErrorMessage = "Nội dung không quá 4000 ký tự.")]
    public string? Text { get; set; }

    /// <summary>The new status, if it moves: Đã tiếp nhận, then Hoàn thành.</summary>
    public ReferralStatus? Status { get; set; }
}
