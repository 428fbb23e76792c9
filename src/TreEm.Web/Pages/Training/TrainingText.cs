using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Vietnamese wording of the training model, its links, and the read/write checks shared by the pages and the API.</summary>
public static class TrainingText
{
    public static string Url(int courseId) => "/training/" + courseId.ToString(CultureInfo.InvariantCulture);

    public static string SessionUrl(int sessionId) => "/training/sessions/" + sessionId.ToString(CultureInfo.InvariantCulture);

    public static string Topic(TrainingTopics t) => t switch
    {
        TrainingTopics.KyNangBaoVeTreEm => "Kỹ năng bảo vệ trẻ em",
        TrainingTopics.QuyTrinhNghiDinh56 => "Quy trình theo Nghị định 56",
        TrainingTopics.QuanLyTruongHop => "Quản lý trường hợp",
        TrainingTopics.PhongChongXamHai => "Phòng, chống xâm hại trẻ em",
        TrainingTopics.PhongChongTaiNan => "Phòng, chống tai nạn thương tích",
        TrainingTopics.ThamGiaCuaTreEm => "Sự tham gia của trẻ em",
        TrainingTopics.ChamSocThayThe => "Chăm sóc thay thế",
        _ => "Chủ đề khác",
    };

    /// <summary>The topics of a course, one by one.</summary>
    public static IEnumerable<TrainingTopics> Split(TrainingTopics topics) => TrainingRules.AllTopics.Where(t => topics.HasFlag(t));

    public static string Kind(PersonKind? kind) => kind switch
    {
        PersonKind.CanBoTinh => "Cán bộ tỉnh",
        PersonKind.CanBoHuyen => "Cán bộ huyện",
        PersonKind.CanBoXa => "Cán bộ xã",
        PersonKind.CongTacVien => "Cộng tác viên",
        PersonKind.DoiTac => "Cán bộ đơn vị phối hợp",
        null => "",
        _ => "Khác",
    };

    public static string SexText(Sex? sex) => sex switch { Sex.Nam => "Nam", Sex.Nu => "Nữ", _ => "" };

    private static readonly NumberFormatInfo Comma = new() { NumberDecimalSeparator = "," };

    /// <summary>"3,5".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.#", Comma);

    public static string Percent(int? percent) => percent is null ? "—" : percent.Value.ToString(CultureInfo.InvariantCulture) + " %";

    /// <summary>Reads "3,5" or "3.5".</summary>
    public static decimal? ParseHours(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) ? h : null;

    /// <summary>The user may record training somewhere (shows the "new" buttons).</summary>
    public static bool CanWriteSomewhere(UserScope scope)
    {
        var w = scope.For(Capabilities.ActivityWrite);
        return w.All || w.Paths.Count > 0;
    }

    /// <summary>The user may change the records of a unit (ActivityWrite over its path).</summary>
    public static bool CanWrite(UserScope scope, string unitPath) => scope.For(Capabilities.ActivityWrite).Covers(unitPath);

    /// <summary>A course the user sees, with its unit; null outside the scope (404).</summary>
    public static Task<TrainingCourse?> FindCourseAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct) =>
        db.TrainingCourses.VisibleTo(scope).Include(c => c.Unit).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>A session the user sees, with its course and the course's unit; null outside the scope (404).</summary>
    public static Task<TrainingSession?> FindSessionAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct) =>
        db.TrainingSessions.VisibleTo(scope).Include(s => s.Course!).ThenInclude(c => c.Unit).FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Hours already recorded for the course on that day (a day holds 24 hours at most).</summary>
    public static async Task<decimal> HoursThatDayAsync(TreEmDbContext db, int courseId, DateOnly? date, CancellationToken ct)
    {
        if (date is null) return 0;
        var hours = await db.TrainingSessions.Where(s => s.CourseId == courseId && s.Date == date).Select(s => s.Hours).ToListAsync(ct);
        return hours.Sum();
    }
}
