using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>The import template as .xlsx (with a guide sheet and the code lists) or .csv.</summary>
public class TemplateModel(CurrentUser me) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken ct)
    {
        if (!ImportUserScope.CanImport(await me.ScopeAsync(ct))) return Forbid();
        return format switch
        {
            "xlsx" => File(ChildImportTemplateFile.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ChildImportTemplateFile.XlsxName),
            "csv" => File(ChildImportTemplateFile.Csv(), "text/csv; charset=utf-8", ChildImportTemplateFile.CsvName),
            _ => NotFound(),
        };
    }
}
