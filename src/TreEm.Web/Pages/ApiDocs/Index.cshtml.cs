using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TreEm.Web.Pages.ApiDocs;

/// <summary>The REST API reference, rendered on the server from the endpoints' own metadata. Any signed-in user.</summary>
public class IndexModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    public const string OpenApiUrl = "/openapi/v1.json";

    public IReadOnlyList<ApiEndpoint> Endpoints { get; private set; } = [];

    /// <summary>This installation's address, for the examples.</summary>
    public string BaseUrl { get; private set; } = "";

    public void OnGet()
    {
        Endpoints = ApiCatalog.Read(explorer);
        BaseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
    }
}
