namespace TreEm.Domain.Cases;

/// <summary>
/// The register classification a confirmed outcome proposes (issue 4 item 7): when a specific assessment (Mẫu 03)
/// confirms the abuse, each linked child is proposed the group of the 14 (Decree 56 Art. 10) that matches the
/// form of abuse. The worker confirms or declines; nothing is classified without them.
/// </summary>
public static class ClassificationProposal
{
    /// <summary>Forms of abuse that have a group of their own, in the order they are proposed.</summary>
    private static readonly IReadOnlyList<(AbuseForm Form, string Group)> Groups =
    [
        (AbuseForm.BoRoi, "b"),
        (AbuseForm.BaoLuc, "i"),
        (AbuseForm.BocLot, "k"),
        (AbuseForm.XamHaiTinhDuc, "l"),
        (AbuseForm.MuaBan, "m"),
    ];

    /// <summary>The group letter of one form of abuse, or null when none matches (bỏ mặc, khác).</summary>
    public static string? GroupOf(AbuseForm form) =>
        Groups.Where(g => g.Form == form).Select(g => g.Group).FirstOrDefault();

    /// <summary>The group letters the forms of a case propose, in the catalogue's order (b, i, k, l, m).</summary>
    public static IReadOnlyList<string> GroupsOf(AbuseForm forms) =>
        Groups.Where(g => forms.HasFlag(g.Form)).Select(g => g.Group).ToList();

    /// <summary>True when a specific assessment (Mẫu 03) of the case confirmed the abuse.</summary>
    public static bool AbuseConfirmed(Case c) =>
        c.Assessments.Any(a => a.Kind == AssessmentKind.CuThe && a.AbuseConfirmed == true);

    /// <summary>The groups to propose for a child of the case: none unless confirmed, linked and not yet decided.</summary>
    public static IReadOnlyList<string> For(Case c, CaseChild child) =>
        child.ChildId is null || child.ClassificationDecidedAt is not null || !AbuseConfirmed(c) ? [] : GroupsOf(c.AbuseForms);
}
