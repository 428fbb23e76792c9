using System.Globalization;
using TreEm.Domain;

namespace TreEm.Web.Pages.Units;

/// <summary>How unit types and tiers read in the user's language.</summary>
public static class UnitText
{
    public static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    public static string TypeName(string name, string nameEn) => English && nameEn.Length > 0 ? nameEn : name;

    public static string Tier(UnitTier tier) => (tier, English) switch
    {
        (UnitTier.Province, false) => "Cấp tỉnh",
        (UnitTier.District, false) => "Cấp huyện",
        (UnitTier.Commune, false) => "Cấp xã",
        (UnitTier.Village, false) => "Cấp thôn",
        (UnitTier.Province, true) => "Province level",
        (UnitTier.District, true) => "District level",
        (UnitTier.Commune, true) => "Commune level",
        (UnitTier.Village, true) => "Village level",
        _ => tier.ToString(),
    };

    /// <summary>The address of a unit's details page.</summary>
    public static string Url(string code) => "/units/" + Uri.EscapeDataString(code);

    /// <summary>The codes of a materialised path, "/64/633/23944/" → 64, 633, 23944.</summary>
    public static string[] Codes(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
