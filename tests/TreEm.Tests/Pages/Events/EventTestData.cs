using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Events;

public static class EventTestData
{
    /// <summary>An event saved straight into the database (arrange), in the unit with that code.</summary>
    public static Task<ChildEvent> CreateEventAsync(this TreEmApp app, string unitCode, string theme, EventKind kind = EventKind.TrungThu,
        DateOnly? start = null, int boys = 20, int girls = 20, int adults = 8, int volunteers = 2, int guests = 5, bool consent = true) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var day = start ?? new DateOnly(2026, 9, 15);
            var e = new ChildEvent
            {
                UnitId = unit.Id, Kind = kind, StartDate = day, EndDate = day, Theme = theme, Venue = "Nhà văn hóa", ChildrenMale = boys,
                ChildrenFemale = girls, ChildrenEthnicMinority = boys, AdultsInCharge = adults, Volunteers = volunteers, Guests = guests,
                ParentalConsentCollected = consent, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.ChildEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    public static Dictionary<string, string> Form(string unitCode, string theme, string kind = "DienDan", string start = "15/06/2026",
        string? end = null, string boys = "15", string girls = "15", string adults = "6", string volunteers = "2", string guests = "5",
        bool consent = true)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind, ["Input.UnitCode"] = unitCode, ["Input.StartDate"] = start, ["Input.EndDate"] = end ?? "",
            ["Input.Theme"] = theme, ["Input.Venue"] = "Hội trường UBND xã", ["Input.ChildrenMale"] = boys, ["Input.ChildrenFemale"] = girls,
            ["Input.ChildrenEthnicMinority"] = "10", ["Input.AdultsInCharge"] = adults, ["Input.Volunteers"] = volunteers,
            ["Input.Guests"] = guests, ["Input.OtherAdults"] = "1", ["Input.Results"] = "Trẻ em phát biểu ý kiến.",
        };
        if (consent) form["Input.ParentalConsentCollected"] = "true";
        return form;
    }
}
