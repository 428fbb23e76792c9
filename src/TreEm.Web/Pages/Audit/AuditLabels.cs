using TreEm.Auditing;

namespace TreEm.Web.Pages.Audit;

/// <summary>Vietnamese names of the audit actions and of the entities the log knows; keys of AuditResource.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["OrgUnit"] = "Đơn vị hành chính",
        ["UnitType"] = "Loại đơn vị",
        ["UnitSuccession"] = "Kế thừa đơn vị",
        ["AppUser"] = "Người dùng",
        ["RoleAssignment"] = "Vai trò",
        ["ApiToken"] = "Token truy cập API",
        ["Child"] = "Trẻ em",
        ["Caregiver"] = "Người chăm sóc",
        ["ChildClassification"] = "Phân loại trẻ em",
        ["ChildStatusChange"] = "Thay đổi trạng thái trẻ em",
        ["ChildMerge"] = "Gộp hồ sơ trẻ em",
        ["AtRiskSituation"] = "Nhóm nguy cơ",
        ["ImportJob"] = "Lượt nhập dữ liệu",
    };

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Insert => "Thêm mới",
        AuditAction.Update => "Sửa",
        AuditAction.Delete => "Xóa",
        AuditAction.Read => "Xem",
        AuditAction.Export => "Xuất dữ liệu",
        _ => action.ToString(),
    };

    public static string BadgeClass(AuditAction action) => action switch
    {
        AuditAction.Delete => "badge badge-warn",
        AuditAction.Read => "badge badge-off",
        _ => "badge",
    };

    /// <summary>The Vietnamese name of an entity, or null for one this page does not know by name.</summary>
    public static string? Entity(string entity) => Entities.GetValueOrDefault(entity);

    /// <summary>Parses an action from the filter: exactly one of the names (any case); never a number or a combination.</summary>
    public static bool TryParseAction(string? text, out AuditAction action)
    {
        var name = text?.Trim();
        action = Enum.GetValues<AuditAction>().FirstOrDefault(a => string.Equals(a.ToString(), name, StringComparison.OrdinalIgnoreCase));
        return action != default;
    }
}
