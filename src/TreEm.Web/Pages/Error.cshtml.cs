using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace TreEm.Web.Pages;

/// <summary>The one error page: a friendly message and a reference for the logs, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? 500;
        // Re-executed by the status-code middleware: keep the original status.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null)
            Response.StatusCode = status;
        (Title, Message) = status switch
        {
            404 => (t["Không tìm thấy"].Value, t["Trang hoặc bản ghi bạn tìm không tồn tại, hoặc bạn không có quyền xem."].Value),
            403 => (t["Không có quyền"].Value, t["Bạn không có quyền thực hiện thao tác này."].Value),
            405 => (t["Thao tác không được phép"].Value, t["Thao tác này không được phép trên trang này."].Value),
            400 => (t["Yêu cầu không hợp lệ"].Value, t["Yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại."].Value),
            _ => (t["Đã có lỗi xảy ra"].Value, t["Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu bạn đã lưu trước đó không bị mất. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống kèm mã tham chiếu."].Value),
        };
        if (status >= 500) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
