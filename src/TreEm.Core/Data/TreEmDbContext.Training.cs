using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Training;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingParticipant> TrainingParticipants => Set<TrainingParticipant>();
}
