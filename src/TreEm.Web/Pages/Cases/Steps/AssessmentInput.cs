using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>The scored items of Mẫu 02, 03 and 06 as the form posts them, with the findings.</summary>
public class AssessmentInput
{
    public sealed class ItemInput
    {
        public string Code { get; set; } = "";
        public RiskRating? Rating { get; set; }
        public string? Note { get; set; }
    }

    public List<ItemInput> Items { get; set; } = [];
    public string? Findings { get; set; }

    /// <summary>One row per item of the form, in its order, keeping what was posted for each code.</summary>
    public void Prepare(AssessmentKind kind)
    {
        var posted = Items.Where(i => i.Code.Length > 0).GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First());
        Items = AssessmentForms.ItemsOf(kind).Select(i => posted.GetValueOrDefault(i.Code) ?? new ItemInput { Code = i.Code }).ToList();
    }

    /// <summary>The totals of what was typed, when every item is rated.</summary>
    public AssessmentForms.Score? Preview(AssessmentKind kind) =>
        Items.All(i => i.Rating is { } r && Enum.IsDefined(r))
            ? AssessmentForms.Compute(kind, Items.ToDictionary(i => i.Code, i => i.Rating!.Value))
            : null;

    public void Validate(ModelStateDictionary state, IStringLocalizer l)
    {
        var missing = Items.Where(i => i.Rating is not { } r || !Enum.IsDefined(r)).Select(i => i.Code).ToList();
        if (missing.Count > 0) state.AddModelError("", l["Chưa đánh giá mục: {0}. Chọn Cao, Trung bình hoặc Thấp cho mỗi mục.", string.Join(", ", missing)]);
        if (string.IsNullOrWhiteSpace(Findings)) state.AddModelError("Input.Findings", l["Vui lòng ghi nhận định, kết quả đánh giá."]);
        else if (Findings.Length > 4000) state.AddModelError("Input.Findings", l["Nhận định dài quá 4000 ký tự."]);
        if (Items.Any(i => i.Note?.Length > 1000)) state.AddModelError("", l["Ghi chú của một mục dài quá 1000 ký tự."]);
    }

    public CaseAssessment ToAssessment() => new()
    {
        Findings = Findings?.Trim() ?? "",
        Items = Items.Select(i => new CaseAssessmentItem
        {
            ItemCode = i.Code, Rating = i.Rating ?? default, Note = string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim(),
        }).ToList(),
    };
}
