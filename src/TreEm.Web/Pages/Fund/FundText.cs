using System.Globalization;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Fund;

/// <summary>Money in Vietnamese form ("1.250.000 đ"), amounts typed by users, and the labels of the ledger.</summary>
public static class FundText
{
    private static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "−",
    };

    /// <summary>1250000 → "1.250.000 đ".</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.##", Vietnamese) + " đ";

    /// <summary>A signed amount: "+1.250.000 đ" or "−1.250.000 đ".</summary>
    public static string WithSign(decimal amount) => (amount > 0 ? "+" : "") + Money(amount);

    /// <summary>
    /// An amount as typed: "1.250.000", "1 250 000 đ" or "1250000"; a comma is the decimal mark (so "1.250,5" is
    /// read and then refused by the ledger's whole-đồng rule). Null when it is not a number.
    /// </summary>
    public static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.EndsWith("đồng", StringComparison.OrdinalIgnoreCase)) s = s[..^4];
        else if (s.EndsWith('đ') || s.EndsWith('Đ')) s = s[..^1];
        s = s.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v <= 1_000_000_000_000_000m ? v : null;
    }

    public static string Input(decimal amount) => amount.ToString("#,##0.##", Vietnamese);

    public static string Kind(FundEntryKind kind) => kind switch
    {
        FundEntryKind.Receipt => "Thu",
        FundEntryKind.Disbursement => "Chi",
        FundEntryKind.Reversal => "Đảo bút toán",
        _ => kind.ToString(),
    };

    public static string Type(ReceiptType? type) => type switch
    {
        ReceiptType.TienMat => "Tiền mặt",
        ReceiptType.HienVat => "Hiện vật",
        ReceiptType.ChuongTrinh => "Chương trình",
        _ => "",
    };

    /// <summary>Progress towards a target in whole per cent, rounded down (99,9 % is not 100 %); null without a target.</summary>
    public static int? Percent(decimal received, decimal? target) =>
        target is > 0 ? (int)Math.Floor(received * 100m / target.Value) : null;

    public static string Url(int fundId) => "/fund/" + fundId.ToString(CultureInfo.InvariantCulture);
}
