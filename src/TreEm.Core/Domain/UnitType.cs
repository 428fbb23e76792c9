namespace TreEm.Domain;

/// <summary>The level of a unit in the administration. Rules ask "is this a commune?", never "is this depth 3?".</summary>
public enum UnitTier
{
    Province = 1,
    District = 2,
    Commune = 3,
    Village = 4,
}

/// <summary>A kind of unit (tỉnh, thành phố, thị xã, huyện, phường, thị trấn, xã, thôn...): catalogue data.</summary>
public class UnitType
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public UnitTier Tier { get; set; }

    /// <summary>The types of Vietnam's administration, with the codes used in the official unit lists.</summary>
    public static IReadOnlyList<UnitType> Standard { get; } =
    [
        new() { Code = "tinh", Name = "Tỉnh", NameEn = "Province", Tier = UnitTier.Province },
        new() { Code = "thanh_pho_tw", Name = "Thành phố trực thuộc trung ương", NameEn = "Centrally-run city", Tier = UnitTier.Province },
        new() { Code = "thanh_pho", Name = "Thành phố", NameEn = "City", Tier = UnitTier.District },
        new() { Code = "thi_xa", Name = "Thị xã", NameEn = "Town", Tier = UnitTier.District },
        new() { Code = "huyen", Name = "Huyện", NameEn = "District", Tier = UnitTier.District },
        new() { Code = "quan", Name = "Quận", NameEn = "Urban district", Tier = UnitTier.District },
        new() { Code = "phuong", Name = "Phường", NameEn = "Ward", Tier = UnitTier.Commune },
        new() { Code = "thi_tran", Name = "Thị trấn", NameEn = "Township", Tier = UnitTier.Commune },
        new() { Code = "xa", Name = "Xã", NameEn = "Commune", Tier = UnitTier.Commune },
        new() { Code = "dac_khu", Name = "Đặc khu", NameEn = "Special zone", Tier = UnitTier.Commune },
        new() { Code = "thon", Name = "Thôn, làng", NameEn = "Village", Tier = UnitTier.Village },
        new() { Code = "to_dan_pho", Name = "Tổ dân phố", NameEn = "Residential group", Tier = UnitTier.Village },
    ];
}
