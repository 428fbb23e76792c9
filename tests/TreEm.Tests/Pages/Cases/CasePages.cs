using System.Globalization;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Cases;

/// <summary>Helpers of the case pages' tests: the intake form as a browser sends it.</summary>
internal static class CasePages
{
    /// <summary>A complete intake (Mẫu 01) received at the application's clock, with one provisional child.</summary>
    public static Dictionary<string, string> Intake(TreEmApp app, string unitCode, string description, string source = "HangXom",
        string hotlineReference = "", string abuseForm = "BaoLuc")
    {
        var now = app.Clock.GetUtcNow().UtcDateTime.AddHours(7);
        var form = new Dictionary<string, string>
        {
            ["Input.UnitCode"] = unitCode,
            ["Input.Source"] = source,
            ["Input.HotlineReference"] = hotlineReference,
            ["Input.Channel"] = "DienThoai",
            ["Input.ReceivedDate"] = now.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["Input.ReceivedTime"] = now.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Input.Concern"] = "BiXamHai",
            ["Input.AbuseForms"] = abuseForm,
            ["Input.Place"] = "Rẫy cà phê thôn 2",
            ["Input.Description"] = description,
            ["Input.ChildCondition"] = "Có vết bầm ở tay",
            ["Input.ActionsTaken"] = "",
            ["Input.AllegedPerpetrator"] = "Người cha dượng",
            ["Input.PerpetratorRelation"] = "Cha dượng",
            ["Input.ReporterName"] = "Nguyễn Văn Báo",
            ["Input.ReporterPhone"] = "0905000111",
            ["Input.ReporterAddress"] = "Thôn 2",
            ["Input.Children[0].FullName"] = "",
            ["Input.Children[0].DateOfBirth"] = "",
            ["Input.Children[0].EstimatedAge"] = "8",
            ["Input.Children[0].Sex"] = "Nu",
            ["Input.Children[0].ChildId"] = "",
        };
        for (var i = 1; i < 3; i++)
        {
            form[$"Input.Children[{i}].FullName"] = "";
            form[$"Input.Children[{i}].DateOfBirth"] = "";
            form[$"Input.Children[{i}].EstimatedAge"] = "";
            form[$"Input.Children[{i}].Sex"] = "KhongRo";
            form[$"Input.Children[{i}].ChildId"] = "";
        }
        return form;
    }

    public static int CaseIdFromLocation(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/cases/", path, StringComparison.Ordinal);
        return int.Parse(path["/cases/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>A page refused to a signed-in user: the redirect to the 403 page.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/loi/403", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public static string Row(int caseId) => $"data-case-id=\"{caseId}\"";
}
