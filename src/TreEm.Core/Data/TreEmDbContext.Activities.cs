using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<CommunicationActivity> CommunicationActivities => Set<CommunicationActivity>();
    public DbSet<InspectionVisit> InspectionVisits => Set<InspectionVisit>();
    public DbSet<InjuryRecord> InjuryRecords => Set<InjuryRecord>();
}
