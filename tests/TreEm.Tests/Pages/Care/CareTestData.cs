using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Care;

/// <summary>Builders for alternative-care records, written through the real DbContext.</summary>
public static class CareTestData
{
    public static Task<CareGiver> CreateCareGiverAsync(this TreEmApp app, string unitCode, string name, Kinship kinship = Kinship.NguoiThan, bool allChecks = true) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var on = new DateOnly(2026, 1, 5);
            var g = new CareGiver
            {
                UnitId = unit.Id, FullName = name, NameSearch = VietnameseText.Normalize(name), Kinship = kinship, RegisteredOn = on,
                AdultCapacity = true, AdultCapacityOn = on, NoAbuseRecord = true, NoAbuseRecordOn = on,
                Health = allChecks, HealthOn = allChecks ? on : null, EconomyHousing = allChecks, EconomyHousingOn = allChecks ? on : null,
                VerifiedByCommune = allChecks, VerifiedOn = allChecks ? on : null, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.AlternativeCareGivers.Add(g);
            await db.SaveChangesAsync();
            return g;
        });

    public static Task<CareNeed> CreateNeedAsync(this TreEmApp app, int childId, int unitId, DateOnly identified, CareNeedStatus status = CareNeedStatus.CanChamSoc,
        DateOnly? closed = null) =>
        app.WithDbAsync(async db =>
        {
            var n = new CareNeed
            {
                ChildId = childId, UnitId = unitId, IdentifiedOn = identified, Reason = "Mồ côi cả cha và mẹ", Status = status, ClosedOn = closed,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.CareNeeds.Add(n);
            await db.SaveChangesAsync();
            return n;
        });

    public static Task<CarePlacement> CreatePlacementAsync(this TreEmApp app, CareNeed need, CareGiver giver, DateOnly start, params DateOnly[] visits) =>
        app.WithDbAsync(async db =>
        {
            var p = new CarePlacement
            {
                ChildId = need.ChildId, CareGiverId = giver.Id, NeedId = need.Id, UnitId = need.UnitId, StartDate = start,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            foreach (var v in visits)
                p.Visits.Add(new CareVisit { UnitId = need.UnitId, Date = v, By = "Cán bộ xã", ChildCondition = "Bình thường", CreatedAt = p.CreatedAt });
            db.CarePlacements.Add(p);
            var tracked = await db.CareNeeds.SingleAsync(n => n.Id == need.Id);
            tracked.Status = CareNeedStatus.DaBoTri;
            await db.SaveChangesAsync();
            return p;
        });
}
