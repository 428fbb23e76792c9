using System.Globalization;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Children;

/// <summary>The register's values as the user reads them: Vietnamese, or English when chosen.</summary>
public static class ChildText
{
    public static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    public static string Sex(Sex s) => ChildLabels.Sex(s, English);
    public static string Status(ChildStatus s) => ChildLabels.Status(s, English);
    public static string Poverty(PovertyStatus p) => ChildLabels.Poverty(p, English);
    public static string Schooling(SchoolingStatus s) => ChildLabels.Schooling(s, English);
    public static string Disability(DisabilityType t) => ChildLabels.Disability(t, English);
    public static string Severity(DisabilitySeverity s) => ChildLabels.Severity(s, English);
    public static string Relation(CaregiverRelation r) => ChildLabels.Relation(r, English);

    /// <summary>A catalogue entry's name in the user's language (the Vietnamese one when no English is kept).</summary>
    public static string Name(string name, string? nameEn) => English && !string.IsNullOrEmpty(nameEn) ? nameEn : name;

    /// <summary>The address of a child's details page.</summary>
    public static string Url(int id) => "/children/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Date of birth, or the (estimated) year of birth.</summary>
    public static string Birth(DateOnly? dateOfBirth, int birthYear, bool estimated) =>
        dateOfBirth is { } d ? Hosting.Display.Date(d)
        : estimated ? string.Format(CultureInfo.InvariantCulture, English ? "{0} (estimated)" : "{0} (ước tính)", birthYear)
        : birthYear.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<T> Values<T>() where T : struct, Enum => Enum.GetValues<T>();
}
