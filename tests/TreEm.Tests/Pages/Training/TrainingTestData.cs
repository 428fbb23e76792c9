using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Training;

/// <summary>People, courses and sessions written straight to the database for the training tests.</summary>
public static class TrainingTestData
{
    public static Task<int> PersonAsync(this TreEmApp app, string unitCode, string fullName, PersonKind kind,
        DateOnly? start = null, DateOnly? end = null, Sex sex = Sex.Nu) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var person = new Person
            {
                UnitId = unit.Id, FullName = fullName, NameSearch = VietnameseText.Normalize(fullName), Kind = kind, Sex = sex,
                Position = kind == PersonKind.CongTacVien ? "Cộng tác viên thôn" : "Công chức Văn hóa – Xã hội",
                StartDate = start ?? new DateOnly(2019, 1, 1), EndDate = end, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task<int> CourseAsync(this TreEmApp app, string unitCode, string title, int year,
        TrainingTopics topics = TrainingTopics.KyNangBaoVeTreEm) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var course = new TrainingCourse { UnitId = unit.Id, Title = title, Year = year, Topics = topics, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.TrainingCourses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    /// <summary>A session of the course, attended by the given people of the network and free participants.</summary>
    public static Task<int> SessionAsync(this TreEmApp app, int courseId, DateOnly date, decimal hours, int[] people, params string[] free) =>
        app.WithDbAsync(async db =>
        {
            var session = new TrainingSession { CourseId = courseId, Date = date, Hours = hours, Venue = "Hội trường UBND", Trainer = "Sở LĐTBXH" };
            session.Participants.AddRange(people.Select(p => new TrainingParticipant { PersonId = p }));
            session.Participants.AddRange(free.Select(f => new TrainingParticipant { FullName = f, Organisation = "Công an huyện", Kind = PersonKind.DoiTac }));
            db.TrainingSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
}
