using TreEm.Domain.Activities;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Communication;

/// <summary>Vietnamese wording of channels, topics, injury kinds and outcomes (keys of ActivitiesResource).</summary>
public static class ActivityText
{
    public static string Channel(CommunicationChannel c) => c switch
    {
        CommunicationChannel.BaoChi => "Báo chí, phát thanh, truyền hình",
        CommunicationChannel.Internet => "Mạng xã hội, cổng thông tin",
        CommunicationChannel.PanoApPhich => "Pano, áp phích",
        CommunicationChannel.ToRoi => "Tờ rơi, tài liệu",
        CommunicationChannel.TruyenThongTrucTiep => "Nói chuyện, tư vấn trực tiếp",
        CommunicationChannel.LoaTruyenThanh => "Loa truyền thanh cơ sở",
        _ => "Kênh khác",
    };

    public static string Topic(CommunicationTopic t) => t switch
    {
        CommunicationTopic.QuyenTreEm => "Quyền trẻ em",
        CommunicationTopic.PhongChongXamHai => "Phòng, chống xâm hại trẻ em",
        CommunicationTopic.PhongChongTaiNanThuongTich => "Phòng, chống tai nạn thương tích, đuối nước",
        CommunicationTopic.TongDai111 => "Tổng đài 111",
        CommunicationTopic.ThamGiaCuaTreEm => "Sự tham gia của trẻ em",
        _ => "Chủ đề khác",
    };

    public static string Kind(InjuryKind k) => k switch
    {
        InjuryKind.DuoiNuoc => "Đuối nước",
        InjuryKind.GiaoThong => "Tai nạn giao thông",
        InjuryKind.Bong => "Bỏng",
        InjuryKind.NgaTeNga => "Ngã",
        InjuryKind.DienGiat => "Điện giật",
        InjuryKind.NgoDoc => "Ngộ độc",
        InjuryKind.VatNuoiCan => "Động vật cắn",
        _ => "Tai nạn khác",
    };

    public static string Outcome(InjuryOutcome o) => o == InjuryOutcome.TuVong ? "Tử vong" : "Bị thương";

    public static string Sex(Sex? s) => s switch
    {
        Domain.Children.Sex.Nam => "Nam",
        Domain.Children.Sex.Nu => "Nữ",
        _ => "",
    };

    /// <summary>Print channels: the number of copies applies to them.</summary>
    public static bool IsPrint(CommunicationChannel c) => c is CommunicationChannel.PanoApPhich or CommunicationChannel.ToRoi;

    public static readonly CommunicationChannel[] Channels = System.Enum.GetValues<CommunicationChannel>();
    public static readonly CommunicationTopic[] Topics = System.Enum.GetValues<CommunicationTopic>();
    public static readonly InjuryKind[] Kinds = System.Enum.GetValues<InjuryKind>();
    public static readonly InjuryOutcome[] Outcomes = System.Enum.GetValues<InjuryOutcome>();
}
