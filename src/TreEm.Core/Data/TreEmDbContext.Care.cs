using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Care;
using TreEm.Domain.Programmes;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<ScreeningProgramme> ScreeningProgrammes => Set<ScreeningProgramme>();
    public DbSet<ProgrammeChild> ProgrammeChildren => Set<ProgrammeChild>();

    public DbSet<CareNeed> CareNeeds => Set<CareNeed>();
    /// <summary>Registered alternative caregivers (not the child's own caregivers: <see cref="Caregivers"/>).</summary>
    public DbSet<CareGiver> AlternativeCareGivers => Set<CareGiver>();
    public DbSet<CarePlacement> CarePlacements => Set<CarePlacement>();
    public DbSet<CareVisit> CareVisits => Set<CareVisit>();
}
