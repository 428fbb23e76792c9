using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Children;

/// <summary>The catalogues the list's filters choose from, and how a set of filters reads in words.</summary>
public sealed class ChildListOptions
{
    public sealed record Choice(string Value, string Text);

    public List<Choice> Groups { get; private init; } = [];
    public List<Choice> AtRisk { get; private init; } = [];
    public List<Choice> Ethnicities { get; private init; } = [];

    public static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    public static async Task<ChildListOptions> LoadAsync(TreEmDbContext db, DateOnly today, CancellationToken ct)
    {
        var english = English;
        var groups = await db.SpecialCircumstanceGroups.AsNoTracking()
            .Where(g => g.ValidFrom <= today && (g.ValidTo == null || g.ValidTo > today))
            .OrderBy(g => g.SortOrder)
            .Select(g => new { g.Code, g.Name, g.NameEn })
            .ToListAsync(ct);
        var risks = await db.AtRiskSituations.AsNoTracking()
            .Where(a => a.IsActive)
            .OrderBy(a => a.SortOrder)
            .Select(a => new { a.Code, a.Name, a.NameEn })
            .ToListAsync(ct);
        var ethnicities = await db.Ethnicities.AsNoTracking()
            .OrderBy(e => e.SortOrder)
            .Select(e => new { e.Code, e.Name })
            .ToListAsync(ct);
        return new ChildListOptions
        {
            Groups = groups.Select(g => new Choice(g.Code, g.Code + " – " + Pick(g.Name, g.NameEn, english))).ToList(),
            AtRisk = risks.Select(a => new Choice(a.Code, Pick(a.Name, a.NameEn, english))).ToList(),
            Ethnicities = ethnicities.Select(e => new Choice(e.Code, e.Name)).ToList(),
        };
    }

    public static string Pick(string name, string? nameEn, bool english) =>
        english && !string.IsNullOrEmpty(nameEn) ? nameEn : name;

    /// <summary>
    /// The filters in words, for the export's header: "Trạng thái: Đang quản lý; Giới tính: Nữ; ...".
    /// <paramref name="unitName"/> is the unit filter's name, already resolved.
    /// </summary>
    public string Describe(ChildListRequest r, string? unitName, IStringLocalizer l)
    {
        var english = English;
        var parts = new List<string>();
        if (r.Q is not null) parts.Add(l["Tìm kiếm: «{0}»", r.Q]);
        if (r.Unit is not null) parts.Add(l["Đơn vị: {0} ({1}) và các đơn vị trực thuộc", unitName ?? r.Unit, r.Unit]);
        if (r.Group is not null)
            parts.Add(l["Hoàn cảnh đặc biệt: {0}", r.Group == ChildListRequest.Any
                ? l["bất kỳ nhóm nào"].Value : Groups.FirstOrDefault(g => g.Value == r.Group)?.Text ?? r.Group]);
        if (r.Risk is not null)
            parts.Add(l["Nguy cơ: {0}", r.Risk == ChildListRequest.Any
                ? l["bất kỳ tình huống nào"].Value : AtRisk.FirstOrDefault(a => a.Value == r.Risk)?.Text ?? r.Risk]);
        if (r.AgeBand is { } band) parts.Add(l["Độ tuổi: {0}", ChildLabels.AgeBand(band.From, band.To)]);
        if (r.SexFilter is { } sex) parts.Add(l["Giới tính: {0}", ChildLabels.Sex(sex, english)]);
        if (r.Eth is not null) parts.Add(l["Dân tộc: {0}", Ethnicities.FirstOrDefault(e => e.Value == r.Eth)?.Text ?? r.Eth]);
        parts.Add(l["Trạng thái: {0}", r.StatusFilter is { } status ? ChildLabels.Status(status, english) : l["Tất cả"].Value]);
        return string.Join("; ", parts);
    }
}
