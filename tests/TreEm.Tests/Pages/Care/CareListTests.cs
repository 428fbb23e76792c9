using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Care;

public class CareListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task List_ShowsTheNeedsOpenInTheChosenHalfYear_WithinTheUsersScope()
    {
        var closed = await app.CreateChildAsync("23638", "Đinh Hết Nhu Cầu Tháng Sáu");
        await app.CreateNeedAsync(closed.Id, closed.UnitId, new DateOnly(2021, 3, 1), CareNeedStatus.KhongConNhuCau, new DateOnly(2021, 6, 15));
        var open = await app.CreateChildAsync("23638", "Đinh Vẫn Cần Chăm Sóc");
        await app.CreateNeedAsync(open.Id, open.UnitId, new DateOnly(2021, 5, 1));
        var client = await app.As("tinh");

        var first = await (await client.GetAsync("/care/list?year=2021&half=1&unit=23638")).TextAsync();
        var second = await (await client.GetAsync("/care/list?year=2021&half=2&unit=23638")).TextAsync();

        Assert.Contains("Đinh Hết Nhu Cầu Tháng Sáu", first, StringComparison.Ordinal);
        Assert.Contains("Đinh Vẫn Cần Chăm Sóc", first, StringComparison.Ordinal);
        Assert.Contains("từ 01/01/2021 đến 30/06/2021", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Đinh Hết Nhu Cầu Tháng Sáu", second, StringComparison.Ordinal);
        Assert.Contains("Đinh Vẫn Cần Chăm Sóc", second, StringComparison.Ordinal);
        var before = await (await client.GetAsync("/care/list?year=2020&half=2&unit=23638")).TextAsync();
        Assert.Contains("Không có trẻ nào cần chăm sóc thay thế trong kỳ này.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync("/care/list?unit=23638")).StatusCode);
        Assert.DoesNotContain("Đinh Vẫn Cần Chăm Sóc", await (await (await app.As("huyen.chuse")).GetAsync("/care/list?year=2021&half=2")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_HasTheHeaderAndRowsNeutralisesFormulasAndIsAudited()
    {
        var child = await app.CreateChildAsync("23977-02", "Ksor Xuất Danh Sách");
        await app.WithDbAsync(async db =>
        {
            db.CareNeeds.Add(new CareNeed
            {
                ChildId = child.Id, UnitId = child.UnitId, IdentifiedOn = new DateOnly(2026, 8, 1), Reason = "=HYPERLINK(\"x\")",
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        var response = await (await app.As("huyen.chuse")).GetAsync("/care/list/export?year=2026&half=2&unit=23977");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH TRẺ EM CẦN CHĂM SÓC THAY THẾ", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["C"], "Ksor Xuất Danh Sách"));
        Assert.Equal("'=HYPERLINK(\"x\")", row["G"]);
        Assert.Equal("Cần chăm sóc thay thế", row["H"]);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "CareNeed"));
        Assert.Equal("year=2026&half=2&unit=23977", audit.Key);
        Assert.Equal("huyen.chuse", audit.UserName);
    }
}
