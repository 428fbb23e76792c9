using System.Globalization;
using TreEm.Domain;

namespace TreEm.Web.Pages.Units;

/// <summary>How unit types and tiers read in the user's language.</summary>
public static class UnitText
{
    public static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    public static string TypeName(string name, string nameEn) => English && nameEn.Length > 0 ? nameEn : name;

    /// <summary>The Vietnamese name of a tier: a key of the units resources.</summary>
    public static string Tier(UnitTier tier) => tier switch
    {
        UnitTier.Province => "Cấp tỉnh",
        UnitTier.District => "Cấp huyện",
        UnitTier.Commune => "Cấp xã",
        UnitTier.Village => "Cấp thôn",
        _ => tier.ToString(),
    };

    /// <summary>The address of a unit's details page.</summary>
    public static string Url(string code) => "/units/" + Uri.EscapeDataString(code);

    /// <summary>The codes of a materialised path, "/64/633/23944/" → 64, 633, 23944.</summary>
    public static string[] Codes(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
