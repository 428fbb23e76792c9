using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TreEm.Web.Security;

/// <summary>
/// A page that only shows data: any method but GET and HEAD is 405, before anything else of the page runs.
/// Razor Pages would otherwise render a page that has no handler for the method (POST, PUT, DELETE...).
/// It runs before the anti-forgery check, so the answer is 405 with or without a token.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class ReadOnlyPageAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) return;
        context.HttpContext.Response.Headers.Allow = "GET, HEAD";
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
