using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace TreEm.Web.Pages.ApiDocs;

public sealed record ApiParameter(string Name, string In, string Type, bool Required);

public sealed record ApiResponse(int Status, string? Type);

public sealed record ApiEndpoint(
    string Method, string Route, string? Summary, string? Description, bool RequiresToken,
    IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiResponse> Responses, IReadOnlyList<ApiField> Fields);

/// <summary>A property of a response body, as it is named in the JSON.</summary>
public sealed record ApiField(string Name, string Type);

/// <summary>
/// The endpoints of the REST API as the application itself describes them (the API explorer that also feeds the
/// OpenAPI document), so the reference page cannot drift from the code.
/// </summary>
public static class ApiCatalog
{
    public const string Prefix = "api/";

    public static IReadOnlyList<ApiEndpoint> Read(IApiDescriptionGroupCollectionProvider explorer) =>
        explorer.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath is not null && d.RelativePath.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(Describe)
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => MethodOrder(e.Method))
            .ToList();

    private static ApiEndpoint Describe(ApiDescription d)
    {
        var metadata = d.ActionDescriptor.EndpointMetadata;
        var requiresToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var parameters = d.ParameterDescriptions
            .Where(p => p.Source.IsFromRequest)
            .Select(p => new ApiParameter(p.Name, p.Source.Id.ToLowerInvariant(), TypeName(p.Type), p.IsRequired))
            .ToList();
        var responses = d.SupportedResponseTypes
            .Select(r => new ApiResponse(r.StatusCode, r.Type is null || r.Type == typeof(void) ? null : TypeName(r.Type)))
            .ToList();
        // Every endpoint behind authorization answers 401 without a valid token, whether or not it says so.
        if (requiresToken && responses.All(r => r.Status != StatusCodes.Status401Unauthorized))
            responses.Add(new ApiResponse(StatusCodes.Status401Unauthorized, TypeName(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))));
        var success = d.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode is >= 200 and < 300)?.Type;
        return new ApiEndpoint(
            d.HttpMethod ?? "GET",
            "/" + d.RelativePath!.TrimEnd('/'),
            metadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary,
            metadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description,
            requiresToken,
            parameters,
            responses.OrderBy(r => r.Status).ToList(),
            Fields(success));
    }

    private static int MethodOrder(string method) => method switch
    {
        "GET" => 0, "POST" => 1, "PUT" => 2, "PATCH" => 3, "DELETE" => 4, _ => 5,
    };

    /// <summary>The JSON properties of a response body (of its items, for a list); none for simple values.</summary>
    private static List<ApiField> Fields(Type? type)
    {
        if (type is null) return [];
        var item = ItemType(type) ?? type;
        if (item.IsPrimitive || item == typeof(string) || item.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return [];
        return item.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new ApiField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), TypeName(p.PropertyType)))
            .ToList();
    }

    private static Type? ItemType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    /// <summary>A short name for a type: the JSON kind for simple values, the record's name otherwise.</summary>
    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return TypeName(inner) + "?";
        if (ItemType(type) is { } item) return TypeName(item) + "[]";
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "integer";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "number";
        if (type == typeof(DateOnly)) return "date (yyyy-MM-dd)";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "date-time (UTC)";
        return type.Name;
    }
}
