using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Web.Documents;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Documents;

/// <summary>
/// A sample report (every kind of block, several pages) as Word or PDF, dated today: shows what the document engine
/// prints. Any signed-in user; no data of the register is used.
/// </summary>
public class SampleModel(TimeProvider time) : PageModel
{
    public IActionResult OnGet(string format)
    {
        var document = SampleDocument.Create(Display.Today(time));
        switch (format)
        {
            case "docx":
                return File(DocxRenderer.Render(document), DocxRenderer.ContentType, "bao-cao-mau.docx");
            case "pdf":
                // Inline: the browser shows the PDF; saving it keeps the name.
                Response.Headers.ContentDisposition = "inline; filename=bao-cao-mau.pdf";
                return File(PdfRenderer.Render(document), PdfRenderer.ContentType);
            default:
                return NotFound();
        }
    }
}
