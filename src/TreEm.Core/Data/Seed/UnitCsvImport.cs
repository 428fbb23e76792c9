using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain;

namespace TreEm.Data.Seed;

/// <summary>A problem with one cell or row of an imported file. Row 1 is the header, as in a spreadsheet.</summary>
public sealed record ImportError(int Row, string Column, string Message);

public sealed class UnitImportResult
{
    public List<ImportError> Errors { get; } = [];
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    /// <summary>True when the units were written; a file with any error writes nothing.</summary>
    public bool Committed { get; set; }
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Imports administrative units from CSV in the layout of the official unit lists
/// (code, name, unit_type, parent_code; optional dac_biet_kho_khan, mien_nui, vung_dtts, valid_from, valid_to).
/// A unit is matched by its code: new codes are created, known ones updated (including a new parent, whose
/// subtree paths follow). The tree must stay whole, so a file with any bad row changes nothing.
/// </summary>
public static class UnitCsvImport
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private sealed record Row(int Number, string Code, string Name, string Type, string? Parent,
        bool? Difficult, bool? Mountainous, bool? Minority, DateOnly? From, DateOnly? To);

    public static async Task<UnitImportResult> ImportAsync(TreEmDbContext db, Stream csv, bool dryRun, CancellationToken ct = default)
    {
        var result = new UnitImportResult();
        var rows = Parse(csv, result.Errors);
        result.Rows = rows.Count;
        if (result.Errors.Count > 0) return result;

        var types = await db.UnitTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        var byCode = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (byCode.TryGetValue(r.Code, out var first))
                result.Errors.Add(new(r.Number, "code", $"Mã đơn vị '{r.Code}' lặp lại (đã có ở dòng {first.Number})."));
            else
                byCode[r.Code] = r;
            if (!types.ContainsKey(r.Type))
                result.Errors.Add(new(r.Number, "unit_type", $"Loại đơn vị '{r.Type}' không có trong danh mục ({string.Join(", ", types.Keys.Order())})."));
        }
        foreach (var r in byCode.Values)
        {
            if (r.Parent is null) continue;
            if (r.Parent == r.Code)
                result.Errors.Add(new(r.Number, "parent_code", "Đơn vị không thể là cấp trên của chính nó."));
            else if (!byCode.ContainsKey(r.Parent) && !existing.ContainsKey(r.Parent))
                result.Errors.Add(new(r.Number, "parent_code", $"Không tìm thấy đơn vị cấp trên có mã '{r.Parent}'."));
            else if (types.TryGetValue(r.Type, out var type))
            {
                var parentType = byCode.TryGetValue(r.Parent, out var pr) ? pr.Type : existing[r.Parent].TypeCode;
                if (types.TryGetValue(parentType, out var pt) && pt.Tier >= type.Tier)
                    result.Errors.Add(new(r.Number, "parent_code", $"Đơn vị loại '{type.Name}' không thể trực thuộc đơn vị loại '{pt.Name}'."));
            }
        }
        if (result.Errors.Count > 0) return result;

        // Parents first, so each unit's path is built from its parent's.
        var ordered = new List<Row>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var remaining = byCode.Values.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(r => r.Parent is null || placed.Contains(r.Parent) || !byCode.ContainsKey(r.Parent)).ToList();
            if (ready.Count == 0)
            {
                foreach (var r in remaining)
                    result.Errors.Add(new(r.Number, "parent_code", "Quan hệ cấp trên tạo thành vòng lặp."));
                return result;
            }
            foreach (var r in ready) { ordered.Add(r); placed.Add(r.Code); remaining.Remove(r); }
        }

        var all = existing.Values.ToList();
        foreach (var r in ordered)
        {
            var parent = r.Parent is null ? null : existing[r.Parent];
            var name = VietnameseText.Clean(r.Name);
            if (!existing.TryGetValue(r.Code, out var unit))
            {
                unit = new OrgUnit { Code = r.Code };
                existing[r.Code] = unit;
                all.Add(unit);
                db.Units.Add(unit);
                result.Created++;
            }
            else if (unit.Name == name && unit.TypeCode == r.Type && unit.Parent?.Code == r.Parent
                && (r.Difficult is null || unit.IsExtremelyDifficult == r.Difficult)
                && (r.Mountainous is null || unit.IsMountainous == r.Mountainous)
                && (r.Minority is null || unit.IsEthnicMinorityArea == r.Minority)
                && (r.From is null || unit.ValidFrom == r.From) && (r.To is null || unit.ValidTo == r.To))
            {
                result.Unchanged++;
                continue;
            }
            else
            {
                result.Updated++;
            }
            unit.Name = name;
            unit.NameSearch = VietnameseText.Normalize(name);
            unit.TypeCode = r.Type;
            unit.Parent = parent;
            unit.IsExtremelyDifficult = r.Difficult ?? unit.IsExtremelyDifficult;
            unit.IsMountainous = r.Mountainous ?? unit.IsMountainous;
            unit.IsEthnicMinorityArea = r.Minority ?? unit.IsEthnicMinorityArea;
            unit.ValidFrom = r.From ?? unit.ValidFrom;
            unit.ValidTo = r.To ?? unit.ValidTo;
            var newPath = OrgUnit.PathFor(parent, unit.Code);
            if (unit.Path != newPath)
            {
                // Re-parenting moves the whole subtree.
                var oldPath = unit.Path;
                foreach (var d in all.Where(d => d != unit && oldPath != "/" && d.Path.StartsWith(oldPath, StringComparison.Ordinal)))
                    d.Path = newPath + d.Path[oldPath.Length..];
                unit.Path = newPath;
            }
        }

        if (dryRun) return result;
        await db.SaveChangesAsync(ct);
        result.Committed = true;
        return result;
    }

    private static List<Row> Parse(Stream csv, List<ImportError> errors)
    {
        var rows = new List<Row>();
        using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            string[]? header = null;
            foreach (var line in CsvTable.Read(reader))
            {
                if (header is null)
                {
                    header = line.Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                    foreach (var required in new[] { "code", "name", "unit_type", "parent_code" })
                        if (!header.Contains(required))
                            errors.Add(new(1, required, $"Thiếu cột '{required}'. Các cột bắt buộc: code, name, unit_type, parent_code."));
                    if (errors.Count > 0) return rows;
                    continue;
                }
                var n = line.Line;
                var fields = line.Fields;
                string? Cell(string name)
                {
                    var i = Array.IndexOf(header, name);
                    return i >= 0 && i < fields.Length ? NullIfEmpty(fields[i]) : null;
                }
                var code = Cell("code");
                var name = Cell("name");
                var type = Cell("unit_type");
                if (code is null && name is null && type is null && Cell("parent_code") is null) continue;
                if (code is null) errors.Add(new(n, "code", "Thiếu mã đơn vị."));
                else if (code.Length > 32 || code.Any(c => char.IsWhiteSpace(c) || c == '/'))
                    errors.Add(new(n, "code", $"Mã đơn vị '{code}' không hợp lệ (tối đa 32 ký tự, không có dấu cách hoặc '/')."));
                if (name is null) errors.Add(new(n, "name", "Thiếu tên đơn vị."));
                else if (name.Length > 200) errors.Add(new(n, "name", "Tên đơn vị dài quá 200 ký tự."));
                if (type is null) errors.Add(new(n, "unit_type", "Thiếu loại đơn vị."));
                rows.Add(new Row(n, code ?? "", name ?? "", type?.ToLowerInvariant() ?? "", Cell("parent_code"),
                    Flag(Cell("dac_biet_kho_khan"), n, "dac_biet_kho_khan", errors),
                    Flag(Cell("mien_nui"), n, "mien_nui", errors),
                    Flag(Cell("vung_dtts"), n, "vung_dtts", errors),
                    Date(Cell("valid_from"), n, "valid_from", errors),
                    Date(Cell("valid_to"), n, "valid_to", errors)));
            }
            if (header is null) errors.Add(new(1, "", "Tệp trống: không có dòng tiêu đề."));
            else if (rows.Count == 0 && errors.Count == 0) errors.Add(new(2, "", "Tệp không có dòng dữ liệu nào."));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new(1, "", "Tệp không phải văn bản UTF-8. Hãy lưu lại tệp dưới dạng CSV UTF-8."));
        }
        return rows;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool? Flag(string? value, int row, string column, List<ImportError> errors)
    {
        if (value is null) return null;
        switch (VietnameseText.Normalize(value))
        {
            case "1" or "x" or "true" or "co" or "yes": return true;
            case "0" or "false" or "khong" or "no": return false;
            default:
                errors.Add(new(row, column, $"Giá trị '{value}' không hợp lệ: dùng 1 (có) hoặc 0 (không)."));
                return null;
        }
    }

    private static DateOnly? Date(string? value, int row, string column, List<ImportError> errors)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors.Add(new(row, column, $"Ngày '{value}' không hợp lệ: dùng dd/MM/yyyy hoặc yyyy-MM-dd."));
        return null;
    }
}
