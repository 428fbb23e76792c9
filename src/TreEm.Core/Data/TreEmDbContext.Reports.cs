using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportSection> ReportSections => Set<ReportSection>();
    public DbSet<ReportFigure> ReportFigures => Set<ReportFigure>();
    public DbSet<ReportTransition> ReportTransitions => Set<ReportTransition>();
    public DbSet<AppendixLayout> AppendixLayouts => Set<AppendixLayout>();
}
