using TreEm.Domain;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>The caregiver form shared by the new and edit pages: fields, the checks with their dates, validation.</summary>
public sealed class CareGiverForm
{
    public string? UnitCode { get; set; }
    public string? FullName { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public Kinship? Kinship { get; set; }
    public string? Relation { get; set; }
    public string? RegisteredOn { get; set; }
    public bool AdultCapacity { get; set; }
    public string? AdultCapacityOn { get; set; }
    public bool Health { get; set; }
    public string? HealthOn { get; set; }
    public bool EconomyHousing { get; set; }
    public string? EconomyHousingOn { get; set; }
    public bool NoAbuseRecord { get; set; }
    public string? NoAbuseRecordOn { get; set; }
    public bool VerifiedByCommune { get; set; }
    public string? VerifiedOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    /// <summary>The five checks of Circular 14/2020: field name, Vietnamese label.</summary>
    public static readonly (string Field, string Label)[] Checks =
    [
        (nameof(AdultCapacity), "Đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ"),
        (nameof(Health), "Có sức khỏe để chăm sóc trẻ"),
        (nameof(EconomyHousing), "Có điều kiện kinh tế, chỗ ở bảo đảm"),
        (nameof(NoAbuseRecord), "Không có tiền án về xâm hại trẻ em"),
        (nameof(VerifiedByCommune), "Đã được UBND xã xác minh"),
    ];

    public static CareGiverForm From(CareGiver g, string unitCode) => new()
    {
        UnitCode = unitCode, FullName = g.FullName, Address = g.Address, Phone = g.Phone, Kinship = g.Kinship, Relation = g.Relation,
        RegisteredOn = Display.Date(g.RegisteredOn),
        AdultCapacity = g.AdultCapacity, AdultCapacityOn = Display.Date(g.AdultCapacityOn),
        Health = g.Health, HealthOn = Display.Date(g.HealthOn),
        EconomyHousing = g.EconomyHousing, EconomyHousingOn = Display.Date(g.EconomyHousingOn),
        NoAbuseRecord = g.NoAbuseRecord, NoAbuseRecordOn = Display.Date(g.NoAbuseRecordOn),
        VerifiedByCommune = g.VerifiedByCommune, VerifiedOn = Display.Date(g.VerifiedOn),
        Note = g.Note, Version = g.Version,
    };

    /// <summary>Validates and copies into the caregiver; returns the Vietnamese errors keyed by field.</summary>
    public Dictionary<string, string> ApplyTo(CareGiver g, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        const string BadDate = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        var name = CareText.Clean(FullName);
        if (name is null) errors[nameof(FullName)] = "Vui lòng nhập họ và tên.";
        else if (name.Length > 200) errors[nameof(FullName)] = "Họ và tên dài quá 200 ký tự.";
        if (Kinship is null || !Enum.IsDefined(Kinship.Value)) errors[nameof(Kinship)] = "Vui lòng chọn quan hệ với trẻ.";
        if ((Address?.Length ?? 0) > 300) errors[nameof(Address)] = "Địa chỉ dài quá 300 ký tự.";
        if ((Phone?.Length ?? 0) > 30) errors[nameof(Phone)] = "Số điện thoại dài quá 30 ký tự.";
        if ((Relation?.Length ?? 0) > 100) errors[nameof(Relation)] = "Quan hệ dài quá 100 ký tự.";
        if ((Note?.Length ?? 0) > 1000) errors[nameof(Note)] = "Ghi chú dài quá 1000 ký tự.";
        var registered = Display.ParseDate(RegisteredOn);
        if (registered is null) errors[nameof(RegisteredOn)] = string.IsNullOrWhiteSpace(RegisteredOn) ? "Vui lòng nhập ngày đăng ký." : BadDate;
        else if (registered > today) errors[nameof(RegisteredOn)] = "Ngày đăng ký không được ở tương lai.";

        DateOnly? Check(bool passed, string? text, string field)
        {
            var d = Display.ParseDate(text);
            if (!string.IsNullOrWhiteSpace(text) && d is null) errors[field] = BadDate;
            else if (d > today) errors[field] = "Ngày kiểm tra không được ở tương lai.";
            else if (passed && d is null) errors[field] = "Vui lòng nhập ngày kiểm tra của điều kiện đã đạt.";
            return passed ? d : null;
        }
        var adult = Check(AdultCapacity, AdultCapacityOn, nameof(AdultCapacityOn));
        var health = Check(Health, HealthOn, nameof(HealthOn));
        var economy = Check(EconomyHousing, EconomyHousingOn, nameof(EconomyHousingOn));
        var noAbuse = Check(NoAbuseRecord, NoAbuseRecordOn, nameof(NoAbuseRecordOn));
        var verified = Check(VerifiedByCommune, VerifiedOn, nameof(VerifiedOn));
        if (errors.Count > 0) return errors;

        g.FullName = VietnameseText.Clean(name!);
        g.NameSearch = VietnameseText.Normalize(name);
        g.Address = CareText.Clean(Address);
        g.Phone = CareText.Clean(Phone);
        g.Kinship = Kinship!.Value;
        g.Relation = CareText.Clean(Relation);
        g.RegisteredOn = registered!.Value;
        g.AdultCapacity = AdultCapacity;
        g.AdultCapacityOn = adult;
        g.Health = Health;
        g.HealthOn = health;
        g.EconomyHousing = EconomyHousing;
        g.EconomyHousingOn = economy;
        g.NoAbuseRecord = NoAbuseRecord;
        g.NoAbuseRecordOn = noAbuse;
        g.VerifiedByCommune = VerifiedByCommune;
        g.VerifiedOn = verified;
        g.Note = CareText.Clean(Note);
        return errors;
    }
}
