using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>Shared pieces of the at-risk catalogue pages: the form, the lookup, the language of names.</summary>
public static class AtRiskCatalogue
{
    public const string ListUrl = "/catalogues/at-risk";

    public static string Url(string code, string action) => $"{ListUrl}/{Uri.EscapeDataString(code)}/{action}";

    /// <summary>True when the page is shown in English (names come from the English column then).</summary>
    public static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    public static string Name(AtRiskSituation a) => English && !string.IsNullOrWhiteSpace(a.NameEn) ? a.NameEn : a.Name;

    public static Task<AtRiskSituation?> FindAsync(TreEmDbContext db, string code, CancellationToken ct) =>
        db.AtRiskSituations.FirstOrDefaultAsync(a => a.Code == code, ct);

    /// <summary>How many children are in the situation now, in the viewer's scope (administrators: everyone).</summary>
    public static Task<int> CurrentUsesAsync(TreEmDbContext db, TreEm.Security.UserScope scope, string code, DateOnly today, CancellationToken ct) =>
        db.Children.VisibleTo(scope)
            .CountAsync(c => c.MergedIntoId == null && c.Classifications.Any(x => x.Kind == ClassificationKind.AtRisk && x.AtRiskCode == code
                && x.StartDate <= today && (x.EndDate == null || x.EndDate > today)), ct);
}

/// <summary>The names of an at-risk situation, as typed in the add and edit forms.</summary>
public class AtRiskNamesInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên tình huống.")]
    [StringLength(300, ErrorMessage = "Tên dài tối đa 300 ký tự.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập tên tiếng Anh.")]
    [StringLength(300, ErrorMessage = "Tên tiếng Anh dài tối đa 300 ký tự.")]
    public string NameEn { get; set; } = "";
}

/// <summary>The add form: a code, fixed once created, and the names.</summary>
public sealed class AtRiskCreateInput : AtRiskNamesInput
{
    [Required(ErrorMessage = "Vui lòng nhập mã tình huống.")]
    [RegularExpression("^[A-Za-z0-9_-]{2,16}$", ErrorMessage = "Mã gồm 2 đến 16 chữ cái không dấu, chữ số, dấu - hoặc _ (ví dụ: NC12).")]
    public string Code { get; set; } = "";
}
