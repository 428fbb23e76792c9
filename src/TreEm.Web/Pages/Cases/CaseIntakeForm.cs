using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>The intake form (Mẫu 01) as it is posted, its checks, and the case it opens.</summary>
public sealed class CaseIntakeForm
{
    public const int ChildRows = 3;

    public string? UnitCode { get; set; }
    public CaseSource? Source { get; set; }
    public string? HotlineReference { get; set; }
    public IntakeChannel Channel { get; set; } = IntakeChannel.DienThoai;

    /// <summary>dd/MM/yyyy, Vietnam time.</summary>
    public string? ReceivedDate { get; set; }

    /// <summary>HH:mm, Vietnam time.</summary>
    public string? ReceivedTime { get; set; }
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
    public List<ChildRow> Children { get; set; } = [];

    public sealed class ChildRow
    {
        public string? FullName { get; set; }

        /// <summary>dd/MM/yyyy.</summary>
        public string? DateOfBirth { get; set; }
        public int? EstimatedAge { get; set; }
        public CaseChildSex Sex { get; set; } = CaseChildSex.KhongRo;

        /// <summary>The register code (the child's id) to link the child directly.</summary>
        public int? ChildId { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(DateOfBirth)
            && EstimatedAge is null && ChildId is null && Sex == CaseChildSex.KhongRo;
    }

    /// <summary>Pads the children rows to <see cref="ChildRows"/>.</summary>
    public void Pad()
    {
        while (Children.Count < ChildRows) Children.Add(new ChildRow());
    }

    /// <summary>The user holds a role that records intakes (administrators do not do casework).</summary>
    public static bool CanIntake(UserScope scope) => !scope.All && Capabilities.CaseIntake.Any(scope.Has);

    /// <summary>
    /// The communes (commune-level units in force) of the user's intake scope, grouped by the unit above them:
    /// for the hotline, every commune of its province.
    /// </summary>
    public static async Task<List<SelectListItem>> CommuneOptionsAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct)
    {
        if (!CanIntake(scope)) return [];
        var rows = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.CaseIntake))
            .Where(u => u.Type!.Tier == UnitTier.Commune)
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || today < u.ValidTo))
            .Select(u => new { u.Code, u.Name, u.Path, ParentName = u.Parent == null ? null : u.Parent.Name })
            .ToListAsync(ct);
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        return rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r =>
        {
            SelectListGroup? group = null;
            if (r.ParentName is { } p && !groups.TryGetValue(p, out group)) groups[p] = group = new SelectListGroup { Name = p };
            return new SelectListItem(r.Name, r.Code) { Group = group };
        }).ToList();
    }

    /// <summary>
    /// Checks the form and builds the intake, or returns null with the errors in <paramref name="errors"/>.
    /// Register codes are looked up among the children the user may read in the chosen commune.
    /// </summary>
    public async Task<Case?> CheckAsync(TreEmDbContext db, UserScope scope, IReadOnlyList<SelectListItem> communes, DateTime now,
        ModelStateDictionary errors, IStringLocalizer l, CancellationToken ct)
    {
        void Error(string field, string message) => errors.AddModelError(field.Length == 0 ? "" : "Input." + field, l[message]);

        var unitCode = UnitCode?.Trim();
        if (string.IsNullOrEmpty(unitCode)) Error(nameof(UnitCode), "Vui lòng chọn xã nơi xảy ra vụ việc.");
        else if (!communes.Any(c => c.Value == unitCode)) Error(nameof(UnitCode), "Xã đã chọn không thuộc phạm vi của bạn.");
        if (Source is null || !Enum.IsDefined(Source.Value)) Error(nameof(Source), "Vui lòng chọn nguồn thông tin.");
        else if (Source == CaseSource.TongDai111 && string.IsNullOrWhiteSpace(HotlineReference))
            Error(nameof(HotlineReference), "Thông tin từ Tổng đài 111 phải có mã số của Tổng đài.");
        if (!Enum.IsDefined(Channel)) Error(nameof(Channel), "Vui lòng chọn hình thức tiếp nhận.");
        if (!Enum.IsDefined(Concern)) Error(nameof(Concern), "Vui lòng chọn nội dung thông tin.");

        DateTime? received = null;
        var date = Hosting.Display.ParseDate(ReceivedDate);
        var timeOk = TimeOnly.TryParseExact(ReceivedTime?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var timeOfDay);
        if (date is null) Error(nameof(ReceivedDate), "Ngày tiếp nhận không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (!timeOk) Error(nameof(ReceivedTime), "Giờ tiếp nhận không hợp lệ: nhập theo dạng giờ:phút, ví dụ 09:30.");
        else
        {
            received = DateTime.SpecifyKind(date.Value.ToDateTime(timeOfDay) - Hosting.Display.VietnamOffset, DateTimeKind.Utc);
            if (received > now) Error(nameof(ReceivedDate), "Thời điểm tiếp nhận không được ở tương lai.");
        }

        var forms = AbuseForms.Where(f => CaseText.AbuseFormValues.Contains(f)).Aggregate(AbuseForm.None, (a, f) => a | f);
        if (Concern == CaseConcern.BiXamHai && forms == AbuseForm.None)
            Error(nameof(AbuseForms), "Chọn ít nhất một hình thức xâm hại.");
        if (string.IsNullOrWhiteSpace(Description)) Error(nameof(Description), "Vui lòng mô tả nội dung vụ việc.");
        CheckLength(nameof(Place), Place, 500);
        CheckLength(nameof(Description), Description, 4000);
        CheckLength(nameof(ChildCondition), ChildCondition, 4000);
        CheckLength(nameof(ActionsTaken), ActionsTaken, 4000);
        CheckLength(nameof(AllegedPerpetrator), AllegedPerpetrator, 500);
        CheckLength(nameof(PerpetratorRelation), PerpetratorRelation, 200);
        CheckLength(nameof(ReporterName), ReporterName, 200);
        CheckLength(nameof(ReporterPhone), ReporterPhone, 50);
        CheckLength(nameof(ReporterAddress), ReporterAddress, 500);

        var unitPath = unitCode is null ? null
            : await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct);
        var children = new List<CaseChild>();
        var today = DateOnly.FromDateTime(Hosting.Display.ToVietnamTime(now));
        for (var i = 0; i < Children.Count; i++)
        {
            var row = Children[i];
            if (row.IsEmpty) continue;
            var prefix = $"Children[{i}].";
            DateOnly? dob = null;
            if (!string.IsNullOrWhiteSpace(row.DateOfBirth))
            {
                dob = Hosting.Display.ParseDate(row.DateOfBirth);
                if (dob is null) Error(prefix + nameof(ChildRow.DateOfBirth), "Ngày sinh không hợp lệ: nhập theo dạng ngày/tháng/năm.");
                else if (dob > today) Error(prefix + nameof(ChildRow.DateOfBirth), "Ngày sinh không được ở tương lai.");
            }
            if (row.EstimatedAge is < 0 or > 17) Error(prefix + nameof(ChildRow.EstimatedAge), "Tuổi ước tính phải từ 0 đến 17.");
            if (!Enum.IsDefined(row.Sex)) Error(prefix + nameof(ChildRow.Sex), "Vui lòng chọn giới tính.");
            if (row.FullName?.Trim().Length > 200) Error(prefix + nameof(ChildRow.FullName), "Họ tên dài quá 200 ký tự.");
            int? childId = null;
            if (row.ChildId is { } id)
            {
                var found = unitPath is not null && await db.Children.AsNoTracking().VisibleTo(scope)
                    .AnyAsync(c => c.Id == id && c.MergedIntoId == null && c.Unit!.Path.StartsWith(unitPath.Path), ct);
                if (!found)
                    errors.AddModelError("Input." + prefix + nameof(ChildRow.ChildId),
                        l["Không tìm thấy trẻ em có mã {0} trong sổ theo dõi của xã đã chọn (trong phạm vi của bạn).", id]);
                else childId = id;
            }
            children.Add(new CaseChild
            {
                ChildId = childId,
                FullName = string.IsNullOrWhiteSpace(row.FullName) ? null : VietnameseText.Clean(row.FullName),
                DateOfBirth = dob,
                EstimatedAge = dob is null ? row.EstimatedAge : null,
                Sex = row.Sex,
            });
        }
        if (children.Count == 0 && !errors.Keys.Any(k => k.StartsWith("Input.Children", StringComparison.Ordinal)))
            Error("", "Vụ việc phải có ít nhất một trẻ em: điền ít nhất một dòng (có thể để trống họ tên nếu chưa rõ).");

        if (!errors.IsValid || unitPath is null || received is null) return null;
        return new Case
        {
            UnitId = unitPath.Id,
            Source = Source!.Value,
            HotlineReference = Trim(HotlineReference),
            Channel = Channel,
            ReceivedAt = received.Value,
            Concern = Concern,
            AbuseForms = forms,
            Place = Trim(Place) ?? "",
            Description = VietnameseText.Clean(Description),
            ChildCondition = Trim(ChildCondition),
            ActionsTaken = Trim(ActionsTaken),
            AllegedPerpetrator = Trim(AllegedPerpetrator),
            PerpetratorRelation = Trim(PerpetratorRelation),
            ReporterAnonymous = ReporterAnonymous,
            ReporterName = Trim(ReporterName),
            ReporterPhone = Trim(ReporterPhone),
            ReporterAddress = Trim(ReporterAddress),
            Children = children,
        };

        void CheckLength(string field, string? value, int max)
        {
            if (value?.Trim().Length > max) errors.AddModelError("Input." + field, l["Nội dung dài quá {0} ký tự.", max]);
        }
    }

    public static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Clean(s);
}
