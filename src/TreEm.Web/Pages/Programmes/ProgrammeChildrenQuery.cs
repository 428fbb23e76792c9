using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Programmes;
using TreEm.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>The children of a programme visible to the user, with filters (q, result, surgery, unit), sorting and paging.</summary>
public sealed class ProgrammeChildrenQuery
{
    public const int PageSize = 50;

    public string? Q { get; init; }
    public ScreeningResult? Result { get; init; }
    /// <summary>"yes", "no" or null.</summary>
    public string? Surgery { get; init; }
    public string? Unit { get; init; }
    public string Sort { get; init; } = "name";
    public int Page { get; init; } = 1;

    public sealed record Row(int Id, int ChildId, string ChildName, int BirthYear, string UnitName, DateOnly? ScreenedOn, ScreeningResult? Result,
        string? ResultText, string? ReferredTo, bool SurgeryDone, DateOnly? SurgeryDate, string? Hospital, string? Note);

    public sealed record Output(List<Row> Rows, int Count, int Screened, int NeedSurgery, int Operated, int Page, int Pages);

    public static ProgrammeChildrenQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new ProgrammeChildrenQuery
        {
            Q = S(q, "q"),
            Result = Enum.TryParse<ScreeningResult>(S(q, "result"), out var r) && Enum.IsDefined(r) ? r : null,
            Surgery = S(q, "surgery") is "yes" or "no" ? S(q, "surgery") : null,
            Unit = S(q, "unit"),
            Sort = S(q, "sort") is "screened" or "unit" ? S(q, "sort")! : "name",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        return ListFilters.QueryString(
            ("q", Q),
            ("result", Result?.ToString()),
            ("surgery", Surgery),
            ("unit", Unit),
            ("sort", (sort ?? Sort) == "name" ? null : sort ?? Sort),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Output?> RunAsync(TreEmDbContext db, UserScope scope, int programmeId, bool all, CancellationToken ct)
    {
        var query = db.ProgrammeChildren.AsNoTracking().VisibleTo(scope).Where(c => c.ProgrammeId == programmeId);
        if (Unit is not null)
        {
            var path = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ChildRegisterRead)).Where(u => u.Code == Unit)
                .Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null) return null;
            query = query.Where(c => c.Unit!.Path.StartsWith(path));
        }
        if (Q is not null)
        {
            var q = VietnameseText.Normalize(Q);
            query = query.Where(c => c.Child!.NameSearch.Contains(q));
        }
        if (Result is { } r) query = query.Where(c => c.Result == r);
        if (Surgery == "yes") query = query.Where(c => c.SurgeryDone);
        if (Surgery == "no") query = query.Where(c => !c.SurgeryDone);

        var totals = await query.Select(c => new { Screened = c.ScreenedOn != null, c.Result, c.SurgeryDone }).ToListAsync(ct);
        var pages = Math.Max(1, (totals.Count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "screened" => query.OrderBy(c => c.ScreenedOn).ThenBy(c => c.Id),
            "unit" => query.OrderBy(c => c.Unit!.Path).ThenBy(c => c.Child!.NameSearch).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.Child!.NameSearch).ThenBy(c => c.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await paged.Select(c => new Row(c.Id, c.ChildId, c.Child!.FullName, c.Child.BirthYear, c.Unit!.Name, c.ScreenedOn, c.Result,
            c.ResultText, c.ReferredTo, c.SurgeryDone, c.SurgeryDate, c.Hospital, c.Note)).ToListAsync(ct);
        return new Output(rows, totals.Count, totals.Count(t => t.Screened), totals.Count(t => t.Result == ScreeningResult.CanPhauThuat),
            totals.Count(t => t.SurgeryDone), page, pages);
    }
}
