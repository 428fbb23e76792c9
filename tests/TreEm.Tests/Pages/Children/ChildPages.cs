using System.Net;
using System.Text.RegularExpressions;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

/// <summary>Helpers of the child pages' tests: the register form's fields, and reading forms and pages back.</summary>
internal static partial class ChildPages
{
    /// <summary>The fields of a complete register form for a child, as a browser would send them.</summary>
    public static Dictionary<string, string> NewChild(string fullName, string unitCode, string dateOfBirth = "17/05/2016",
        string? identityNumber = null, string father = "", string mother = "") => new()
    {
        ["Input.FullName"] = fullName,
        ["Input.DateOfBirth"] = dateOfBirth,
        ["Input.EstimatedBirthYear"] = "",
        ["Input.Sex"] = "Nu",
        ["Input.EthnicityCode"] = "10",
        ["Input.IdentityNumber"] = identityNumber ?? "",
        ["Input.UnitCode"] = unitCode,
        ["Input.Address"] = "",
        ["Input.Poverty"] = "Ngheo",
        ["Input.Schooling"] = "TieuHoc",
        ["Input.HasHealthInsurance"] = "true",
        ["Input.DisabilityType"] = "",
        ["Input.DisabilitySeverity"] = "",
        ["Input.HasCongenitalHeartDisease"] = "false",
        ["Input.Notes"] = "",
        ["Input.Caregivers[0].Relation"] = "Cha",
        ["Input.Caregivers[0].FullName"] = father,
        ["Input.Caregivers[0].BirthYear"] = father.Length > 0 ? "1988" : "",
        ["Input.Caregivers[0].Phone"] = "",
        ["Input.Caregivers[1].Relation"] = "Me",
        ["Input.Caregivers[1].FullName"] = mother,
        ["Input.Caregivers[1].BirthYear"] = "",
        ["Input.Caregivers[1].Phone"] = mother.Length > 0 ? "0905123456" : "",
        ["Input.Caregivers[2].Relation"] = "Khac",
        ["Input.Caregivers[2].FullName"] = "",
        ["Input.Caregivers[2].RelationshipText"] = "",
        ["Input.Caregivers[2].BirthYear"] = "",
        ["Input.Caregivers[2].Phone"] = "",
        ["Input.MainCaregiver"] = mother.Length > 0 ? "1" : "",
    };

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b[^>]*\\bselected[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SelectedOption();

    [GeneratedRegex("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextareaTag();

    [GeneratedRegex("\\b(name|value|type)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex("data-testid=\"duplicate-elsewhere\"")]
    private static partial Regex Elsewhere();

    /// <summary>
    /// The values a browser would send for the page's form as it is shown (text, hidden, checked boxes and
    /// radios, selected options, text areas), without the anti-forgery token and submit buttons.
    /// </summary>
    public static Dictionary<string, string> FormValues(string html)
    {
        // The page's own form: the layout's sign-out form comes first and has no "Input." fields.
        var start = html.IndexOf("<form method=\"post\"", StringComparison.Ordinal);
        while (start >= 0 && !html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)].Contains("name=\"Input.", StringComparison.Ordinal))
            start = html.IndexOf("<form method=\"post\"", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, "No form with input fields on the page");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new Dictionary<string, string>();
        foreach (Match tag in InputTag().Matches(form))
        {
            var attrs = Attribute().Matches(tag.Value).ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            if (!attrs.TryGetValue("name", out var name) || name == "__RequestVerificationToken") continue;
            var type = attrs.GetValueOrDefault("type", "text");
            var value = attrs.GetValueOrDefault("value", "");
            if (type is "checkbox" or "radio")
            {
                if (tag.Value.Contains(" checked", StringComparison.Ordinal)) fields[name] = value;
                continue;
            }
            // A checkbox is followed by its hidden "false": keep a checked box's value.
            if (type == "hidden" && fields.ContainsKey(name)) continue;
            fields[name] = value;
        }
        foreach (Match select in SelectTag().Matches(form))
        {
            var chosen = SelectedOption().Match(select.Groups[2].Value);
            fields[select.Groups[1].Value] = chosen.Success
                ? WebUtility.HtmlDecode(Attribute().Matches(chosen.Value).First(m => m.Groups[1].Value == "value").Groups[2].Value)
                : "";
        }
        foreach (Match area in TextareaTag().Matches(form))
            fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\r', '\n'));
        return fields;
    }

    public static int ElsewhereCount(string html) => Elsewhere().Count(html);

    /// <summary>The page's text with HTML entities decoded, for assertions on messages.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static int IdFromLocation(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/children/", path, StringComparison.Ordinal);
        return int.Parse(path["/children/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpClient> As(this TreEmApp app, string login) => app.SignInAsync(login);
}
