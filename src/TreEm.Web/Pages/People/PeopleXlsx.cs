using System.Security.Claims;
using Microsoft.Extensions.Localization;

namespace TreEm.Web.Pages.People;

/// <summary>
/// What the exports of people, committees and coverage share: rows of cells A…J with every text neutralised
/// against formula injection and the header block (the file and the audit entry: <see cref="Spreadsheet"/>).
/// </summary>
public static class PeopleXlsx
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);

    /// <summary>The header block: title, unit, filter, when and by whom.</summary>
    public static IEnumerable<Dictionary<string, object?>> Header(IStringLocalizer l, string title, string? unitLabel, string filter,
        DateTime now, ClaimsPrincipal user, string userName) =>
        Spreadsheet.Header(l, Columns.Length, title, unitLabel, filter, now, Spreadsheet.By(user, userName));
}
