using System.Net;
using TreEm.Domain.Cases;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases.Steps;

/// <summary>Reading a step page's form as a browser would, and filling the scored items.</summary>
internal static class StepForms
{
    public static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ChildPages.FormValues(await response.TextAsync());
    }

    public static Dictionary<string, string> Rate(this Dictionary<string, string> form, AssessmentKind kind, RiskRating rating, string findings)
    {
        var items = AssessmentForms.ItemsOf(kind);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(items[i].Code, form[$"Input.Items[{i}].Code"]);
            form[$"Input.Items[{i}].Rating"] = rating.ToString();
        }
        form["Input.Findings"] = findings;
        return form;
    }

    public static void AssertRedirectToCase(HttpResponseMessage response, int id)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cases/{id}", response.Headers.Location!.OriginalString);
    }

    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
