using System.Text.Json.Serialization;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Api;

/// <summary>
/// Body of POST /api/v1/cases: an intake (Mẫu 01) as another system (the 111 hotline's) sends it. These names are
/// a contract: do not rename them. Enums travel as their names.
/// </summary>
public sealed class CaseCreateRequest
{
    /// <summary>Who reported: TongDai111, CongAn, TruongHoc, YTe, GiaDinh, HangXom, TreEm, UbndXa, Web, Khac.</summary>
    public CaseSource? Source { get; set; }

    /// <summary>The hotline's reference number; required when the source is TongDai111. A reference already
    /// received answers 409 (a retried request does not open a second case).</summary>
    public string? HotlineReference { get; set; }

    /// <summary>Official code of the commune (xã, phường, thị trấn) where it happened: the case belongs to it.</summary>
    public string? UnitCode { get; set; }

    /// <summary>When the report was received, ISO 8601 with its offset ("2026-11-30T02:00:00Z"). A time without an
    /// offset is refused (it would be read seven hours wrong). Absent: the time of the request.</summary>
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>The forms of abuse reported: BaoLuc, BocLot, XamHaiTinhDuc, MuaBan, BoRoi, BoMac, Khac. At least one
    /// when the concern is BiXamHai (the default).</summary>
    public List<AbuseForm>? AbuseForms { get; set; }

    /// <summary>What happened, as reported.</summary>
    public string? Description { get; set; }

    public CaseReporterInput? Reporter { get; set; }

    /// <summary>One or more children: either {"childId"} of a child of the register the caller can see, or a
    /// provisional child {"fullName" (may be empty), "dateOfBirth" or "estimatedAge", "sex"}.</summary>
    public List<CaseChildInput>? Children { get; set; }

    /// <summary>Optional: where it happened (village, address).</summary>
    public string? Place { get; set; }

    /// <summary>Optional: BiXamHai (default), CoNguyCo, HoanCanhDacBiet.</summary>
    public CaseConcern? Concern { get; set; }

    /// <summary>Optional: DienThoai (default), TrucTiep, NguoiKhacBao, VanBan, TrucTuyen.</summary>
    public IntakeChannel? Channel { get; set; }

    public string? AllegedPerpetrator { get; set; }
    public string? PerpetratorRelation { get; set; }
}

/// <summary>The person who reported; may stay anonymous (then name and phone are not kept).</summary>
public sealed class CaseReporterInput
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public bool Anonymous { get; set; }
}

/// <summary>A child of an intake: a register child by id, or a provisional child.</summary>
public sealed class CaseChildInput
{
    /// <summary>Id of a child of the register that the caller can see; the other fields are then taken from it.</summary>
    public int? ChildId { get; set; }
    public string? FullName { get; set; }

    /// <summary>yyyy-MM-dd; or give <see cref="EstimatedAge"/>.</summary>
    public DateOnly? DateOfBirth { get; set; }
    public int? EstimatedAge { get; set; }

    /// <summary>Nam, Nu or KhongRo (default).</summary>
    public CaseChildSex? Sex { get; set; }

    /// <summary>Optional code of the 54-group catalogue ("10" Gia-rai...).</summary>
    public string? EthnicityCode { get; set; }
}

/// <summary>A step of the procedure with its time limit. Times are UTC ("...Z").</summary>
public sealed record CaseStepDto(CaseStepKind Kind, DateTime OpenedAt, DateTime? DueAt, DateTime? CompletedAt, bool Overdue);

/// <summary>A child of a case. The name is given only to those who may read the case in full.</summary>
public sealed record CaseChildDto(
    int Id,
    int? ChildId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FullName,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    CaseChildSex Sex,
    bool Provisional);

public sealed record CaseReporterDto(bool Anonymous, string? Name, string? Phone);

/// <summary>A referral to a partner agency (a partner sees only those to its own agency).</summary>
public sealed record CaseReferralDto(int Id, string Agency, PartnerKind AgencyKind, DateTime ReferredAt, string Request, bool ConsentGiven, ReferralStatus Status);

/// <summary>
/// A case as the caller may see it (<c>view</c>): everyone who can find it gets the status and the steps with
/// their due times; the narrative (description, place, alleged perpetrator, reporter) and the children's names
/// only come with the Full view. Absent fields are not shown to the caller.
/// </summary>
public sealed record CaseDto(
    int Id,
    string Code,
    CaseView View,
    CaseStatus Status,
    string UnitCode,
    string UnitName,
    CaseSource Source,
    string? HotlineReference,
    DateTime ReceivedAt,
    IReadOnlyList<AbuseForm> AbuseForms,
    CaseConcern Concern,
    int ChildCount,
    bool HandledOnTime,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ClosedAt,
    int Version,
    IReadOnlyList<CaseStepDto> Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Place,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AllegedPerpetrator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PerpetratorRelation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CaseReporterDto? Reporter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CaseChildDto>? Children,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CaseReferralDto>? Referrals)
{
    public static CaseDto From(Case c, string unitCode, string unitName, CaseView view, int? partnerAgencyId, DateTime now)
    {
        var full = view == CaseView.Full;
        var steps = c.Steps
            .OrderBy(s => s.OpenedAt).ThenBy(s => s.Id)
            .Select(s => new CaseStepDto(s.Kind, s.OpenedAt, s.DueAt, s.CompletedAt, s.IsOverdue(now)))
            .ToList();
        IReadOnlyList<CaseChildDto>? children = view is CaseView.Full or CaseView.Partner
            ? c.Children.OrderBy(x => x.Id)
                .Select(x => new CaseChildDto(x.Id, x.ChildId, full ? x.FullName ?? "" : null, x.DateOfBirth, x.EstimatedAge, x.Sex, x.IsProvisional))
                .ToList()
            : null;
        IReadOnlyList<CaseReferralDto>? referrals = view switch
        {
            CaseView.Full => ReferralsOf(c.Referrals),
            CaseView.Partner => ReferralsOf(c.Referrals.Where(r => r.AgencyId == partnerAgencyId)),
            _ => null,
        };
        return new CaseDto(
            c.Id, c.Code, view, c.Status, unitCode, unitName, c.Source, c.HotlineReference, c.ReceivedAt,
            CaseAbuseForms.Split(c.AbuseForms), c.Concern, c.Children.Count, c.HandledOnTime(now),
            c.CreatedAt, c.UpdatedAt, c.ClosedAt, c.Version, steps,
            full ? c.Description : null,
            full ? c.Place : null,
            full ? c.AllegedPerpetrator : null,
            full ? c.PerpetratorRelation : null,
            full ? new CaseReporterDto(c.ReporterAnonymous, c.ReporterName, c.ReporterPhone) : null,
            children,
            referrals);
    }

    private static List<CaseReferralDto> ReferralsOf(IEnumerable<Referral> referrals) => referrals
        .OrderBy(r => r.ReferredAt).ThenBy(r => r.Id)
        .Select(r => new CaseReferralDto(r.Id, r.Agency?.Name ?? "", r.Agency?.Kind ?? PartnerKind.Khac, r.ReferredAt, r.Request, r.ConsentGiven, r.Status))
        .ToList();
}

/// <summary>The open step due first.</summary>
public sealed record CaseDueDto(CaseStepKind Kind, DateTime DueAt);

/// <summary>A row of the case list: no narrative, no names.</summary>
public sealed record CaseListItem(
    int Id,
    string Code,
    string UnitCode,
    string UnitName,
    CaseSource Source,
    IReadOnlyList<AbuseForm> AbuseForms,
    CaseStatus Status,
    DateTime ReceivedAt,
    CaseDueDto? NextDue,
    bool Overdue);

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, int Total);

/// <summary>The [Flags] value of the case as the list of single forms the API shows.</summary>
public static class CaseAbuseForms
{
    public static IReadOnlyList<AbuseForm> Split(AbuseForm forms) =>
        Enum.GetValues<AbuseForm>().Where(f => f != AbuseForm.None && forms.HasFlag(f)).ToList();

    public static bool IsSingle(AbuseForm form) => form != AbuseForm.None && Enum.IsDefined(form);
}
