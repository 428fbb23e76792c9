using System.Globalization;
using Microsoft.Extensions.Localization;
using TreEm.Domain;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// What differs between the record as someone else saved it and what the user typed, field by field, in words:
/// shown after a stale edit so the user can decide what to keep.
/// </summary>
public static class ChildConflict
{
    public sealed record Field(string Label, string Theirs, string Yours);

    public static List<Field> Compare(ChildDraft theirs, ChildDraft yours, Func<string?, string> ethnicityName,
        Func<string?, string> unitName, IStringLocalizer l)
    {
        var a = Describe(theirs, ethnicityName, unitName, l);
        var b = Describe(yours, ethnicityName, unitName, l);
        return a.Zip(b)
            .Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal))
            .Select(p => new Field(p.First.Label, p.First.Value, p.Second.Value))
            .ToList();
    }

    private static List<(string Label, string Value)> Describe(ChildDraft d, Func<string?, string> ethnicityName,
        Func<string?, string> unitName, IStringLocalizer l)
    {
        string Text(string? s) => VietnameseText.Clean(s);
        string YesNo(bool v) => v ? l["Có"].Value : l["Không"].Value;
        return
        [
            (l["Họ và tên"], Text(d.FullName)),
            (l["Ngày sinh"], d.DateOfBirth is { } dob ? Hosting.Display.Date(dob)
                : d.EstimatedBirthYear is { } y ? ChildText.Birth(null, y, true) : ""),
            (l["Giới tính"], d.Sex is { } s ? ChildText.Sex(s) : ""),
            (l["Dân tộc"], ethnicityName(d.EthnicityCode)),
            (l["Số định danh cá nhân"], Text(d.IdentityNumber)),
            (l["Nơi sinh sống"], unitName(d.UnitCode)),
            (l["Địa chỉ"], Text(d.Address)),
            (l["Hộ gia đình"], ChildText.Poverty(d.Poverty)),
            (l["Học tập"], ChildText.Schooling(d.Schooling)),
            (l["Bảo hiểm y tế"], YesNo(d.HasHealthInsurance)),
            (l["Khuyết tật"], d.DisabilityType is { } t ? ChildText.Disability(t) : l["Không"].Value),
            (l["Mức độ khuyết tật"], d.DisabilityType is not null && d.DisabilitySeverity is { } sev ? ChildText.Severity(sev) : ""),
            (l["Bệnh tim bẩm sinh"], YesNo(d.HasCongenitalHeartDisease)),
            (l["Ghi chú"], (d.Notes ?? "").Trim()),
            (l["Cha mẹ, người chăm sóc"], Caregivers(d, l)),
        ];
    }

    private static string Caregivers(ChildDraft d, IStringLocalizer l) => string.Join("; ", d.Caregivers
        .Where(g => !string.IsNullOrWhiteSpace(g.FullName))
        .OrderBy(g => g.Relation).ThenBy(g => VietnameseText.Clean(g.FullName), StringComparer.Ordinal)
        .Select(g =>
        {
            var parts = new List<string>();
            if (g.BirthYear is { } y) parts.Add(y.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrWhiteSpace(g.Phone)) parts.Add(g.Phone.Trim());
            if (!string.IsNullOrWhiteSpace(g.RelationshipText)) parts.Add(g.RelationshipText.Trim());
            if (g.IsMainCaregiver) parts.Add(l["Người chăm sóc chính"].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture));
            var who = ChildText.Relation(g.Relation) + ": " + VietnameseText.Clean(g.FullName);
            return parts.Count == 0 ? who : who + " (" + string.Join(", ", parts) + ")";
        }));
}
