using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Data.Indicators;
using TreEm.Data.Plans;
using TreEm.Domain.Indicators;
using TreEm.Domain.Plans;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Plans;

/// <summary>One row of the targets editor, as typed (the value travels as text so it comes back as typed).</summary>
public sealed class TargetInput
{
    public int? Id { get; set; }
    public string? Order { get; set; }
    public string? IndicatorCode { get; set; }
    public TargetComparator? Comparator { get; set; }
    public string? Value { get; set; }
    public string? Text { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(IndicatorCode) && string.IsNullOrWhiteSpace(Value)
        && string.IsNullOrWhiteSpace(Text);

    public static TargetInput From(PlanTarget t) => new()
    {
        Id = t.Id, Order = t.Order.ToString(CultureInfo.InvariantCulture), IndicatorCode = t.IndicatorCode, Comparator = t.Comparator,
        Value = PlanText.Input(t.Value), Text = t.Text,
    };
}

/// <summary>The plan as the new and edit forms carry it.</summary>
public sealed class PlanInput
{
    /// <summary>The unit (new plans only: a plan stays with its unit).</summary>
    public string? UnitCode { get; set; }
    public string? Year { get; set; }
    public string? Number { get; set; }
    public string? IssuedOn { get; set; }
    public string? Title { get; set; }
    public string? LegalBases { get; set; }
    public string? Tasks { get; set; }
    public List<TargetInput> Targets { get; set; } = [];
    public bool ConfirmRemove { get; set; }

    /// <summary>Blank rows offered for new targets.</summary>
    public const int BlankRows = 3;

    public static PlanInput From(Plan p, string unitCode) => new()
    {
        UnitCode = unitCode, Year = p.Year.ToString(CultureInfo.InvariantCulture), Number = p.Number, IssuedOn = Display.Date(p.IssuedOn),
        Title = p.Title, LegalBases = p.LegalBases, Tasks = p.Tasks,
        Targets = p.Targets.OrderBy(t => t.Order).ThenBy(t => t.Id).Select(TargetInput.From).ToList(),
    };

    /// <summary>Adds blank rows so that there are always a few free rows for new targets.</summary>
    public void PadTargets()
    {
        var blanks = Targets.Count(t => t.IsBlank);
        for (var i = blanks; i < BlankRows; i++) Targets.Add(new TargetInput());
    }

    /// <summary>The checked plan fields and targets; errors by field name relative to Input ("Number", "Targets[2].Value").</summary>
    public (Plan Plan, List<(TargetInput Row, PlanTarget Target)> Targets) Read(Dictionary<string, string> errors)
    {
        var year = 0;
        if (string.IsNullOrWhiteSpace(Year)) errors[nameof(Year)] = "Vui lòng nhập năm của kế hoạch.";
        else if (!int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 2100)
            errors[nameof(Year)] = "Năm không hợp lệ: nhập năm từ 2000 đến 2100.";
        var number = (Number ?? "").Trim();
        if (number.Length == 0) errors[nameof(Number)] = "Vui lòng nhập số, ký hiệu của kế hoạch.";
        else if (number.Length > 60) errors[nameof(Number)] = "Số, ký hiệu dài quá 60 ký tự.";
        var issued = Display.ParseDate(IssuedOn);
        if (string.IsNullOrWhiteSpace(IssuedOn)) errors[nameof(IssuedOn)] = "Vui lòng nhập ngày ban hành.";
        else if (issued is null) errors[nameof(IssuedOn)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 18/03/2021.";
        var title = (Title ?? "").Trim();
        if (title.Length == 0) errors[nameof(Title)] = "Vui lòng nhập tên (trích yếu) của kế hoạch.";
        else if (title.Length > 500) errors[nameof(Title)] = "Tên kế hoạch dài quá 500 ký tự.";
        var plan = new Plan
        {
            Year = year, Number = number, IssuedOn = issued ?? default, Title = title,
            LegalBases = string.Join("\n", PlanText.Lines(LegalBases)), Tasks = string.Join("\n", PlanText.Lines(Tasks)),
        };

        var targets = new List<(TargetInput, PlanTarget)>();
        var removing = false;
        for (var i = 0; i < Targets.Count; i++)
        {
            var row = Targets[i];
            if (row.IsBlank) continue;
            if (row.Remove)
            {
                removing = true;
                continue;
            }
            var target = ReadTarget(row, i, errors);
            targets.Add((row, target));
        }
        if (removing && !ConfirmRemove)
            errors[nameof(ConfirmRemove)] = "Hãy đánh dấu «Tôi xác nhận xóa các chỉ tiêu đã chọn» để xóa chỉ tiêu.";
        return (plan, targets);
    }

    private static PlanTarget ReadTarget(TargetInput row, int i, Dictionary<string, string> errors)
    {
        string F(string field) => $"{nameof(Targets)}[{i}].{field}";
        var order = i + 1;
        if (!string.IsNullOrWhiteSpace(row.Order)
            && (!int.TryParse(row.Order.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out order) || order is < 1 or > 99))
            errors[F(nameof(TargetInput.Order))] = "Thứ tự phải là số nguyên từ 1 đến 99.";
        var definition = IndicatorCatalogue.Find(row.IndicatorCode?.Trim());
        if (string.IsNullOrWhiteSpace(row.IndicatorCode)) errors[F(nameof(TargetInput.IndicatorCode))] = "Vui lòng chọn chỉ số của chỉ tiêu.";
        else if (definition is null) errors[F(nameof(TargetInput.IndicatorCode))] = "Chỉ số không có trong danh mục.";
        if (row.Comparator is not { } comparator || !Enum.IsDefined(comparator))
        {
            errors[F(nameof(TargetInput.Comparator))] = "Vui lòng chọn cách so sánh.";
            comparator = TargetComparator.AtLeast;
        }
        decimal? value = null;
        if (comparator != TargetComparator.BelowPreviousYear)
        {
            value = PlanText.ParseNumber(row.Value);
            if (string.IsNullOrWhiteSpace(row.Value)) errors[F(nameof(TargetInput.Value))] = "Vui lòng nhập giá trị của chỉ tiêu.";
            else if (value is null) errors[F(nameof(TargetInput.Value))] = "Giá trị phải là một số, ví dụ 98,5 hoặc 4.000.000.000.";
            else if (definition?.Measure == IndicatorMeasure.Percent && value is < 0m or > 100m)
                errors[F(nameof(TargetInput.Value))] = "Tỷ lệ phải từ 0 đến 100 %.";
            else if (value < 0m) errors[F(nameof(TargetInput.Value))] = "Giá trị không được âm.";
            else if (value >= 1_000_000_000_000_000m) errors[F(nameof(TargetInput.Value))] = "Giá trị quá lớn.";
        }
        var text = (row.Text ?? "").Trim();
        if (text.Length > 500) errors[F(nameof(TargetInput.Text))] = "Nội dung chỉ tiêu dài quá 500 ký tự.";
        return new PlanTarget
        {
            Order = order, IndicatorCode = definition?.Code ?? (row.IndicatorCode ?? "").Trim(), Comparator = comparator,
            Value = value is { } v ? decimal.Round(v, 2) : null, Text = text,
        };
    }
}

/// <summary>What the new and edit pages share: the bound input, the unit and indicator choices, the checks.</summary>
public abstract class PlanFormPage(TreEmDbContext db, IStringLocalizer<PlansResource> l) : PageModel
{
    public sealed record UnitOption(string Code, string Label);

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public List<UnitOption> UnitOptions { get; private set; } = [];

    public static IReadOnlyList<IndicatorDefinition> Indicators => IndicatorCatalogue.All;

    protected TreEmDbContext Db => db;
    protected IStringLocalizer<PlansResource> L => l;

    protected async Task LoadUnitOptionsAsync(UserScope scope, CancellationToken ct)
    {
        var units = await PlanQueries.WritableUnits(db, scope).OrderBy(u => u.Path)
            .Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        var top = units.Count == 0 ? 0 : units.Min(u => u.Path.Count(c => c == '/'));
        UnitOptions = units.Select(u => new UnitOption(u.Code, new string('\u00A0', 3 * (u.Path.Count(c => c == '/') - top)) + u.Name + " (" + u.Code + ")"))
            .ToList();
    }

    /// <summary>Reads and checks the form; null with the messages in ModelState.</summary>
    protected (Plan Plan, List<(TargetInput Row, PlanTarget Target)> Targets)? Check()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = Input.Read(errors);
        foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
        return errors.Count == 0 ? read : null;
    }

    /// <summary>The message when the unit already has a plan for the year, or null.</summary>
    protected async Task<string?> DuplicateAsync(int unitId, int year, int? exceptId, CancellationToken ct)
    {
        var other = await db.Plans.AsNoTracking().Where(p => p.UnitId == unitId && p.Year == year && p.Id != (exceptId ?? 0))
            .Select(p => p.Number).FirstOrDefaultAsync(ct);
        return other is null ? null : l["Đơn vị này đã có kế hoạch năm {0} (số {1}).", year, other].Value;
    }
}
