using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>A small CSV to start from: the header and two example rows.</summary>
[Authorize(Policy = Policies.Administrator)]
public class ImportTemplateModel : PageModel
{
    public const string Csv =
        "code,name,unit_type,parent_code,dac_biet_kho_khan,mien_nui,vung_dtts,valid_from,valid_to\r\n" +
        "23944-05,Làng Ia Bang,thon,23944,1,1,1,01/01/2024,\r\n" +
        "23944-06,Thôn Quyết Thắng,thon,23944,0,1,0,,\r\n";

    public IActionResult OnGet()
    {
        // With a byte-order mark, Excel opens the Vietnamese letters correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "mau-nhap-don-vi.csv");
    }
}
