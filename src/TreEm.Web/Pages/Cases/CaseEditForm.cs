using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases;

/// <summary>The intake details a worker may correct after the intake, and the reason for the correction.</summary>
public sealed class CaseEditForm
{
    public CaseConcern Concern { get; set; } = CaseConcern.BiXamHai;
    public List<AbuseForm> AbuseForms { get; set; } = [];
    public string? Place { get; set; }
    public string? Description { get; set; }
    public string? ChildCondition { get; set; }
    public string? ActionsTaken { get; set; }
    public string? AllegedPerpetrator { get; set; }
    public string? PerpetratorRelation { get; set; }
    public bool ReporterAnonymous { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? ReporterAddress { get; set; }
    public string? Reason { get; set; }

    public static CaseEditForm From(Case c) => new()
    {
        Concern = c.Concern,
        AbuseForms = CaseText.AbuseFormValues.Where(f => c.AbuseForms.HasFlag(f)).ToList(),
        Place = c.Place,
        Description = c.Description,
        ChildCondition = c.ChildCondition,
        ActionsTaken = c.ActionsTaken,
        AllegedPerpetrator = c.AllegedPerpetrator,
        PerpetratorRelation = c.PerpetratorRelation,
        ReporterAnonymous = c.ReporterAnonymous,
        ReporterName = c.ReporterName,
        ReporterPhone = c.ReporterPhone,
        ReporterAddress = c.ReporterAddress,
    };

    public AbuseForm Forms => AbuseForms.Where(f => CaseText.AbuseFormValues.Contains(f)).Aggregate(AbuseForm.None, (a, f) => a | f);

    public bool Check(ModelStateDictionary errors, IStringLocalizer l)
    {
        void Error(string field, string message) => errors.AddModelError("Input." + field, l[message]);
        if (!Enum.IsDefined(Concern)) Error(nameof(Concern), "Vui lòng chọn nội dung thông tin.");
        if (Concern == CaseConcern.BiXamHai && Forms == AbuseForm.None) Error(nameof(AbuseForms), "Chọn ít nhất một hình thức xâm hại.");
        if (string.IsNullOrWhiteSpace(Description)) Error(nameof(Description), "Vui lòng mô tả nội dung vụ việc.");
        if (string.IsNullOrWhiteSpace(Reason)) Error(nameof(Reason), "Vui lòng ghi lý do sửa.");
        foreach (var (field, value, max) in new[]
                 {
                     (nameof(Place), Place, 500), (nameof(Description), Description, 4000), (nameof(ChildCondition), ChildCondition, 4000),
                     (nameof(ActionsTaken), ActionsTaken, 4000), (nameof(AllegedPerpetrator), AllegedPerpetrator, 500),
                     (nameof(PerpetratorRelation), PerpetratorRelation, 200), (nameof(ReporterName), ReporterName, 200),
                     (nameof(ReporterPhone), ReporterPhone, 50), (nameof(ReporterAddress), ReporterAddress, 500), (nameof(Reason), Reason, 500),
                 })
        {
            if (value?.Trim().Length > max) errors.AddModelError("Input." + field, l["Nội dung dài quá {0} ký tự.", max]);
        }
        return errors.IsValid;
    }

    public void ApplyTo(Case c, DateTime now)
    {
        c.Concern = Concern;
        c.AbuseForms = Forms;
        c.Place = CaseIntakeForm.Trim(Place) ?? "";
        c.Description = Domain.VietnameseText.Clean(Description);
        c.ChildCondition = CaseIntakeForm.Trim(ChildCondition);
        c.ActionsTaken = CaseIntakeForm.Trim(ActionsTaken);
        c.AllegedPerpetrator = CaseIntakeForm.Trim(AllegedPerpetrator);
        c.PerpetratorRelation = CaseIntakeForm.Trim(PerpetratorRelation);
        c.ReporterAnonymous = ReporterAnonymous;
        c.ReporterName = ReporterAnonymous ? null : CaseIntakeForm.Trim(ReporterName);
        c.ReporterPhone = ReporterAnonymous ? null : CaseIntakeForm.Trim(ReporterPhone);
        c.ReporterAddress = ReporterAnonymous ? null : CaseIntakeForm.Trim(ReporterAddress);
        c.UpdatedAt = now;
    }
}

/// <summary>Another person's change of the case record in words, as the conflict message lists it.</summary>
public static class CaseChangeText
{
    /// <summary>The audit keeps "***" for a narrative: the message then says only that it changed.</summary>
    public const string Masked = "***";

    public static string Field(string name, IStringLocalizer l) => name switch
    {
        nameof(Case.Concern) => l["Thông tin về"],
        nameof(Case.AbuseForms) => l["Hình thức xâm hại"],
        nameof(Case.Place) => l["Địa điểm xảy ra"],
        nameof(Case.Description) => l["Mô tả sự việc"],
        nameof(Case.ChildCondition) => l["Tình trạng của trẻ em"],
        nameof(Case.ActionsTaken) => l["Các biện pháp đã thực hiện"],
        nameof(Case.AllegedPerpetrator) => l["Người bị nghi gây tổn hại"],
        nameof(Case.PerpetratorRelation) => l["Quan hệ với trẻ em"],
        nameof(Case.ReporterAnonymous) => l["Người báo tin không muốn cung cấp thông tin"],
        nameof(Case.ReporterName) => l["Họ tên người báo tin"],
        nameof(Case.ReporterPhone) => l["Điện thoại người báo tin"],
        nameof(Case.ReporterAddress) => l["Địa chỉ người báo tin"],
        nameof(Case.Status) => l["Trạng thái"],
        nameof(Case.ClosedAt) => l["Đóng hồ sơ lúc"],
        _ => name,
    };

    public static bool IsMasked(CaseChange c) => c.Before == Masked || c.After == Masked;

    public static string Value(string field, string? value, IStringLocalizer l)
    {
        if (value is null) return "";
        if (value == Masked) return l["(nội dung được bảo vệ)"];
        var number = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return field switch
        {
            nameof(Case.AbuseForms) when number is { } f => CaseText.AbuseForms((AbuseForm)f),
            nameof(Case.Concern) when number is { } f => CaseText.Concern((CaseConcern)f),
            nameof(Case.Status) when number is { } f => CaseText.Status((CaseStatus)f),
            nameof(Case.ReporterAnonymous) => value == "true" ? l["Có"] : l["Không"],
            nameof(Case.ClosedAt) when DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
                => Hosting.Display.DateTime(d),
            _ => value,
        };
    }
}
