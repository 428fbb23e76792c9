using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Care;

public class CareGiverExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Export_HasTheFilteredCaregiversOfTheScopeWithMissingChecksNeutralisedAndAudited()
    {
        await app.CreateCareGiverAsync("23944", "=HYPERLINK(\"x\") Rơ Mah Xuất", Kinship.KhongPhaiNguoiThan, allChecks: false);
        await app.CreateCareGiverAsync("23944", "Siu Xuất Thân", Kinship.NguoiThan);
        await app.CreateCareGiverAsync("23977", "Ksor Xuất Ia Ko", Kinship.KhongPhaiNguoiThan, allChecks: false);
        var client = await app.As("xa.iatiem");

        var list = await client.GetStringAsync("/care/caregivers?kinship=KhongPhaiNguoiThan");
        var response = await client.GetAsync("/care/caregivers/export?kinship=KhongPhaiNguoiThan");

        Assert.Contains("href=\"/care/caregivers/export?kinship=KhongPhaiNguoiThan\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH NGƯỜI NHẬN CHĂM SÓC THAY THẾ", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["B"], "'=HYPERLINK(\"x\") Rơ Mah Xuất"));
        Assert.Equal("Không phải người thân thích", row["C"]);
        Assert.Equal("05/01/2026", row["F"]);
        Assert.Equal("Chưa đủ điều kiện", row["G"]);
        Assert.Equal("có sức khỏe; có điều kiện kinh tế và chỗ ở; đã được UBND xã xác minh", row["H"]);
        Assert.DoesNotContain(rows, r => Equals(r["B"], "Siu Xuất Thân"));
        Assert.DoesNotContain(rows, r => Equals(r["B"], "Ksor Xuất Ia Ko"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "CareGiver"));
        Assert.Equal("kinship=KhongPhaiNguoiThan", audit.Key);
        Assert.Equal("xa.iatiem", audit.UserName);
    }
}
