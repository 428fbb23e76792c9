using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>A course as typed in the form or sent to the API, with its checks (Vietnamese messages by field).</summary>
public sealed class CourseDraft
{
    public string? UnitCode { get; init; }
    public string? Title { get; init; }
    public TrainingTopics Topics { get; init; }
    public int? Year { get; init; }
    public string? FundingNote { get; init; }

    public Dictionary<string, string> Check(DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(UnitCode)) errors[nameof(UnitCode)] = "Nhập mã đơn vị tổ chức.";
        if (string.IsNullOrWhiteSpace(Title)) errors[nameof(Title)] = "Nhập tên lớp tập huấn.";
        else if (Title.Trim().Length > 300) errors[nameof(Title)] = "Tên lớp dài quá 300 ký tự.";
        if (Topics == TrainingTopics.None) errors[nameof(Topics)] = "Chọn ít nhất một chủ đề.";
        if (Year is null) errors[nameof(Year)] = "Nhập năm tổ chức.";
        else if (Year < 2000 || Year > today.Year + 1) errors[nameof(Year)] = $"Năm phải từ 2000 đến {today.Year + 1}.";
        if (FundingNote?.Trim().Length > 300) errors[nameof(FundingNote)] = "Nguồn kinh phí dài quá 300 ký tự.";
        return errors;
    }

    /// <summary>The organising unit if the user sees it (null: answer 404 or say it is not found).</summary>
    public Task<OrgUnit?> FindUnitAsync(TreEmDbContext db, UserScope scope, CancellationToken ct)
    {
        var code = UnitCode?.Trim() ?? "";
        return db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead)).FirstOrDefaultAsync(u => u.Code == code, ct);
    }

    public TrainingCourse ToCourse(int unitId, DateTime now, string? userId) => new()
    {
        UnitId = unitId, Title = VietnameseText.Clean(Title!), Topics = Topics, Year = Year!.Value,
        FundingNote = string.IsNullOrWhiteSpace(FundingNote) ? null : FundingNote.Trim(), CreatedAt = now, CreatedByUserId = userId,
    };
}

/// <summary>A free participant (not in the network): name, organisation, kind, sex.</summary>
public sealed record FreeParticipant(string? FullName, string? Organisation, PersonKind? Kind, Sex? Sex)
{
    public string? Check()
    {
        if (string.IsNullOrWhiteSpace(FullName)) return "Nhập họ và tên người tham gia.";
        if (FullName.Trim().Length > 200) return "Họ và tên dài quá 200 ký tự.";
        if (Organisation?.Trim().Length > 300) return "Tên cơ quan, đơn vị dài quá 300 ký tự.";
        return null;
    }

    public TrainingParticipant ToParticipant() => new()
    {
        FullName = VietnameseText.Clean(FullName!), Organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim(),
        Kind = Kind ?? PersonKind.DoiTac, Sex = Sex,
    };
}
