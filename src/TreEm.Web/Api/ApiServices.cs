using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>The REST API under /api/v1: same scoping and audit as the pages, problem details for every error.</summary>
public static class ApiServices
{
    public static IServiceCollection AddTreEmApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TreEm API";
            doc.Info.Description = "REST API of TreEm, the child protection and care information system. " +
                "Authenticate with a personal access token: `Authorization: Bearer treem_...`.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return services;
    }

    public static WebApplication MapTreEmApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        var v1 = app.MapGroup("/api/v1").RequireAuthorization().WithTags("v1");
        MeEndpoints.Map(v1);
        UnitEndpoints.Map(v1);
        ChildEndpoints.Map(v1);
        CaseEndpoints.Map(v1);
        SupportEndpoints.Map(v1);
        FundEndpoints.Map(v1);
        InjuryEndpoints.Map(v1);
        TrainingEndpoints.Map(v1);
        EventEndpoints.Map(v1);
        IndicatorEndpoints.Map(v1); ReportEndpoints.Map(v1); Dhis2Export.Map(v1);
        // Anything else under /api is a JSON 404, not a page.
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>400 with problem details: the Vietnamese messages keyed by the JSON names of the fields.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Dữ liệu gửi lên không hợp lệ.");

    /// <summary>What every list endpoint checks of its paging and year filters (empty when both are fine).</summary>
    public static Dictionary<string, string[]> ListFilterErrors(int page, int? year)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page < 1) errors["page"] = ["Số trang phải từ 1 trở lên."];
        if (year is < 2000 or > 2100) errors["year"] = ["Năm phải từ 2000 đến 2100."];
        return errors;
    }

    /// <summary>404 with problem details: what an out-of-scope record looks like to the API.</summary>
    public static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy / Not found");

    public static bool IsApiRequest(HttpContext ctx) => ctx.Request.IsApi();
}
