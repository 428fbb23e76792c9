namespace TreEm.Domain.Plans;

/// <summary>
/// A district's (or commune's) plan made from the plan of a unit above it (issue 6 item 2): the same title, tasks and
/// targets, the plan above as its first legal basis, its own number and date, and <see cref="Plan.ParentPlanId"/>.
/// </summary>
public static class PlanDerivation
{
    /// <summary>The new plan (not saved). <paramref name="parent"/> must have its targets and unit loaded.</summary>
    public static Plan Derive(Plan parent, OrgUnit unit, string number, DateOnly issuedOn, string? title, DateTime createdAt, string createdBy)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(unit);
        var basis = "Kế hoạch số " + parent.Number + " ngày "
            + parent.IssuedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
            + (parent.Unit is null ? "" : " của " + parent.Unit.Name)
            + " về " + LowerFirst(parent.Title);
        return new Plan
        {
            UnitId = unit.Id,
            Year = parent.Year,
            Number = number.Trim(),
            IssuedOn = issuedOn,
            Title = string.IsNullOrWhiteSpace(title) ? parent.Title : title.Trim(),
            LegalBases = string.IsNullOrWhiteSpace(parent.LegalBases) ? basis : basis + "\n" + parent.LegalBases,
            Tasks = parent.Tasks,
            ParentPlanId = parent.Id,
            CreatedAt = createdAt,
            CreatedBy = createdBy,
            Targets = parent.Targets.OrderBy(t => t.Order).ThenBy(t => t.Id).Select(t => new PlanTarget
            {
                Order = t.Order,
                IndicatorCode = t.IndicatorCode,
                Comparator = t.Comparator,
                Value = t.Value,
                Text = t.Text,
            }).ToList(),
        };
    }

    private static string LowerFirst(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
