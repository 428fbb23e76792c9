using System.Globalization;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Support;

/// <summary>Vietnamese wording of the support model: money, funding sources, protection levels.</summary>
public static class SupportText
{
    private static readonly NumberFormatInfo Vnd = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    /// <summary>"1.250.000 đ".</summary>
    public static string Money(decimal value) => value.ToString("#,##0", Vnd) + " đ";

    /// <summary>Reads "1.250.000", "1250000" or "1 250 000" (dots and spaces group thousands); null when not a whole number.</summary>
    public static decimal? ParseMoney(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = text.Trim().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("đ", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public static string Source(FundingSource source) => source switch
    {
        FundingSource.NganSachTrungUong => "Ngân sách trung ương",
        FundingSource.NganSachTinh => "Ngân sách tỉnh",
        FundingSource.NganSachHuyen => "Ngân sách huyện",
        FundingSource.NganSachXa => "Ngân sách xã",
        FundingSource.QuyBaoTro => "Quỹ Bảo trợ trẻ em",
        FundingSource.NhaTaiTro => "Nhà tài trợ",
        _ => "Nguồn khác",
    };

    public static string Level(ProtectionLevel level) => level switch
    {
        ProtectionLevel.PhongNgua => "Phòng ngừa",
        ProtectionLevel.CanThiep => "Can thiệp",
        _ => "Hỗ trợ",
    };

    /// <summary>The source as shown in lists: the donor's name for a named donor.</summary>
    public static string SourceWithDonor(FundingSource source, string? donor) =>
        source == FundingSource.NhaTaiTro && !string.IsNullOrWhiteSpace(donor) ? $"{Source(source)}: {donor}" : Source(source);

    public static readonly FundingSource[] Sources = Enum.GetValues<FundingSource>();
    public static readonly ProtectionLevel[] Levels = Enum.GetValues<ProtectionLevel>();
}
