using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Data;

public class AuditTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static OrgUnit Village(OrgUnit parent, string code, string name) => new()
    {
        Code = code, Name = name, NameSearch = VietnameseText.Normalize(name), TypeCode = "thon", ParentId = parent.Id, Path = parent.Path + code + "/",
    };

    [Fact]
    public async Task Insert_WritesAnEntryWithNewValuesAndKey()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            var v = Village(parent, "a-ins", "Làng Mới");
            db.Units.Add(v);
            await db.SaveChangesAsync();
            return v.Id;
        });
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == nameof(OrgUnit) && a.Key == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Insert, entry.Action);
        Assert.Equal(id, entry.UnitId);
        Assert.Contains("Làng Mới", entry.NewValues, StringComparison.Ordinal);
        Assert.Null(entry.OldValues);
    }

    [Fact]
    public async Task Update_RecordsOldAndNewValuesOfChangedPropertiesOnly()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            var v = Village(parent, "a-upd", "Làng Cũ");
            db.Units.Add(v);
            await db.SaveChangesAsync();
            v.Name = "Làng Đổi Tên";
            await db.SaveChangesAsync();
            return v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var update = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Key == id && a.Entity == nameof(OrgUnit) && a.Action == AuditAction.Update));
        Assert.Contains("Làng Cũ", update.OldValues, StringComparison.Ordinal);
        Assert.Contains("Làng Đổi Tên", update.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain("Path", update.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RecordsOldValues()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            var v = Village(parent, "a-del", "Làng Xóa");
            db.Units.Add(v);
            await db.SaveChangesAsync();
            db.Units.Remove(v);
            await db.SaveChangesAsync();
            return v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var del = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Key == id && a.Entity == nameof(OrgUnit) && a.Action == AuditAction.Delete));
        Assert.Contains("Làng Xóa", del.OldValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSave_LeavesNeitherTheChangeNorAnAuditEntry()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            db.Units.Add(Village(parent, "a-ok", "Làng Hợp Lệ"));
            // Same official code as an existing commune: the unique index refuses the whole save.
            db.Units.Add(Village(parent, "23977", "Trùng mã"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "a-ok")));
    }

    [Fact]
    public async Task RolledBackTransaction_LeavesNoAuditEntry()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await app.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            db.Units.Add(Village(parent, "a-rb", "Làng Hủy"));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        });
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "a-rb")));
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted()
    {
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.UserName = "someone else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Secrets_AreMaskedInTheLog()
    {
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "AppUser" && a.Action == AuditAction.Insert).Select(a => a.NewValues).ToListAsync());
        Assert.NotEmpty(entries);
        Assert.All(entries, v => Assert.Contains("\"PasswordHash\":\"***\"", v, StringComparison.Ordinal));
    }
}
