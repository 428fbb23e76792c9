using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Children;

/// <summary>One caregiver row of the form; a row left entirely empty is no caregiver.</summary>
public sealed class CaregiverRow
{
    public CaregiverRelation Relation { get; set; }
    public string? FullName { get; set; }
    public string? BirthYear { get; set; }
    public string? Phone { get; set; }
    public string? RelationshipText { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(BirthYear) &&
        string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(RelationshipText);
}

/// <summary>
/// The child's record as the register and edit forms carry it. Dates and years travel as text so that what was
/// typed comes back as typed, with a Vietnamese message, when it cannot be read.
/// </summary>
public sealed class ChildFormInput
{
    public string? FullName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? EstimatedBirthYear { get; set; }
    public Sex? Sex { get; set; }
    public string? EthnicityCode { get; set; }
    public string? IdentityNumber { get; set; }
    public string? UnitCode { get; set; }
    public string? Address { get; set; }
    public PovertyStatus Poverty { get; set; }
    public SchoolingStatus Schooling { get; set; }
    public bool HasHealthInsurance { get; set; }
    public DisabilityType? DisabilityType { get; set; }
    public DisabilitySeverity? DisabilitySeverity { get; set; }
    public bool HasCongenitalHeartDisease { get; set; }
    public string? Notes { get; set; }
    public List<CaregiverRow> Caregivers { get; set; } = [];

    /// <summary>The row index of the main caregiver, if one is chosen.</summary>
    public int? MainCaregiver { get; set; }

    private static readonly CaregiverRelation[] StandardRows = [CaregiverRelation.Cha, CaregiverRelation.Me, CaregiverRelation.Khac];

    public static ChildFormInput Blank() => new() { Caregivers = StandardRows.Select(r => new CaregiverRow { Relation = r }).ToList() };

    /// <summary>The form of an existing record: its caregivers first, then empty father / mother / other rows that are missing.</summary>
    public static ChildFormInput FromDraft(ChildDraft d)
    {
        var rows = d.Caregivers.Select(g => (Row: new CaregiverRow
            {
                Relation = g.Relation, FullName = g.FullName, BirthYear = g.BirthYear?.ToString(CultureInfo.InvariantCulture),
                Phone = g.Phone, RelationshipText = g.RelationshipText,
            }, Main: g.IsMainCaregiver))
            .ToList();
        foreach (var r in StandardRows.Where(r => !d.Caregivers.Exists(g => g.Relation == r)))
            rows.Add((new CaregiverRow { Relation = r }, false));
        rows = rows.OrderBy(r => r.Row.Relation).ToList();
        var main = rows.FindIndex(r => r.Main);
        return new ChildFormInput
        {
            FullName = d.FullName,
            DateOfBirth = d.DateOfBirth is { } dob ? Display.Date(dob) : null,
            EstimatedBirthYear = d.DateOfBirth is null ? d.EstimatedBirthYear?.ToString(CultureInfo.InvariantCulture) : null,
            Sex = d.Sex,
            EthnicityCode = d.EthnicityCode,
            IdentityNumber = d.IdentityNumber,
            UnitCode = d.UnitCode,
            Address = d.Address,
            Poverty = d.Poverty,
            Schooling = d.Schooling,
            HasHealthInsurance = d.HasHealthInsurance,
            DisabilityType = d.DisabilityType,
            DisabilitySeverity = d.DisabilitySeverity,
            HasCongenitalHeartDisease = d.HasCongenitalHeartDisease,
            Notes = d.Notes,
            Caregivers = rows.Select(r => r.Row).ToList(),
            MainCaregiver = main >= 0 ? main : null,
        };
    }

    /// <summary>
    /// The draft the form describes, and the problems of reading it (keys are form field names, "Input.…").
    /// The draft's own rules are checked by <see cref="ChildDraft.Validate"/>; see <see cref="ChildFormPage.Check"/>.
    /// </summary>
    public (ChildDraft Draft, List<(string Key, string Message)> Errors, List<int> RowOfCaregiver) ToDraft()
    {
        var errors = new List<(string, string)>();
        DateOnly? dob = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            dob = Display.ParseDate(DateOfBirth);
            if (dob is null) errors.Add(("Input.DateOfBirth", "Ngày sinh không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 17/05/2016."));
        }
        int? year = null;
        if (dob is null && !string.IsNullOrWhiteSpace(EstimatedBirthYear))
        {
            if (int.TryParse(EstimatedBirthYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) year = y;
            else errors.Add(("Input.EstimatedBirthYear", "Năm sinh không hợp lệ: nhập bốn chữ số, ví dụ 2015."));
        }
        var draft = new ChildDraft
        {
            FullName = FullName ?? "",
            DateOfBirth = dob,
            EstimatedBirthYear = year,
            Sex = Sex,
            EthnicityCode = EthnicityCode,
            IdentityNumber = IdentityNumber,
            UnitCode = UnitCode,
            Address = Address,
            Poverty = Poverty,
            Schooling = Schooling,
            HasHealthInsurance = HasHealthInsurance,
            DisabilityType = DisabilityType,
            DisabilitySeverity = DisabilitySeverity,
            HasCongenitalHeartDisease = HasCongenitalHeartDisease,
            Notes = Notes,
        };
        var rowOf = new List<int>();
        for (var i = 0; i < Caregivers.Count; i++)
        {
            var row = Caregivers[i];
            if (row.IsEmpty)
            {
                if (MainCaregiver == i) errors.Add(("Input.MainCaregiver", "Người chăm sóc chính phải là một người đã nhập họ tên."));
                continue;
            }
            int? birthYear = null;
            if (!string.IsNullOrWhiteSpace(row.BirthYear))
            {
                if (int.TryParse(row.BirthYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) birthYear = y;
                else errors.Add(($"Input.Caregivers[{i}].BirthYear", "Năm sinh người chăm sóc không hợp lệ."));
            }
            draft.Caregivers.Add(new CaregiverDraft
            {
                Relation = row.Relation,
                FullName = row.FullName ?? "",
                BirthYear = birthYear,
                Phone = row.Phone,
                RelationshipText = row.Relation == CaregiverRelation.Khac ? row.RelationshipText : null,
                IsMainCaregiver = MainCaregiver == i,
            });
            rowOf.Add(i);
        }
        return (draft, errors, rowOf);
    }

    /// <summary>The form field of a draft field named by <see cref="ChildDraft.Validate"/>.</summary>
    public static string FieldKey(string draftField, List<int> rowOfCaregiver)
    {
        if (draftField == nameof(ChildDraft.Caregivers)) return "Input.MainCaregiver";
        if (draftField.StartsWith("Caregivers[", StringComparison.Ordinal))
        {
            var close = draftField.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(draftField["Caregivers[".Length..close], CultureInfo.InvariantCulture);
            return $"Input.Caregivers[{rowOfCaregiver[index]}]{draftField[(close + 1)..]}";
        }
        return "Input." + draftField;
    }
}

/// <summary>What the register and edit pages share: the form, its options and its checks.</summary>
public abstract class ChildFormPage : PageModel
{
    [BindProperty]
    public ChildFormInput Input { get; set; } = ChildFormInput.Blank();

    public List<SelectListItem> UnitOptions { get; protected set; } = [];
    public List<SelectListItem> EthnicityOptions { get; protected set; } = [];

    protected static async Task<List<SelectListItem>> EthnicitiesAsync(TreEmDbContext db, CancellationToken ct) =>
        (await db.Ethnicities.AsNoTracking().OrderBy(e => e.SortOrder).Select(e => new { e.Code, e.Name }).ToListAsync(ct))
            .Select(e => new SelectListItem(e.Name, e.Code))
            .ToList();

    /// <summary>
    /// Reads the form into a draft and checks it with the register's rules; every problem goes to the model state
    /// beside its field. Returns null when the draft cannot be saved.
    /// </summary>
    protected ChildDraft? Check(DateOnly today, IStringLocalizer l)
    {
        var (draft, errors, rowOf) = Input.ToDraft();
        foreach (var (key, message) in errors) ModelState.AddModelError(key, l[message]);
        var codes = EthnicityOptions.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, message) in draft.Validate(today, codes.Contains))
        {
            var key = ChildFormInput.FieldKey(field, rowOf);
            // A date that could not be read already has its message; the draft then sees no date at all.
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0) continue;
            if (field == nameof(ChildDraft.EstimatedBirthYear) && ModelState.TryGetValue("Input.DateOfBirth", out var dob) && dob.Errors.Count > 0) continue;
            ModelState.AddModelError(key, l[message]);
        }
        if (!string.IsNullOrWhiteSpace(Input.UnitCode) && !UnitOptions.Exists(o => o.Value == Input.UnitCode))
            ModelState.AddModelError("Input.UnitCode", l["Bạn không được ghi trẻ vào đơn vị này."]);
        return ModelState.IsValid ? draft : null;
    }

    /// <summary>A friendly message for an identity number that another record already has (the database refuses it anyway).</summary>
    protected static async Task<bool> IdentityTakenAsync(TreEmDbContext db, string? identityNumber, int? exceptId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(identityNumber)) return false;
        var n = identityNumber.Trim();
        return await db.Children.AnyAsync(c => c.IdentityNumber == n && c.Id != (exceptId ?? 0), ct);
    }
}
