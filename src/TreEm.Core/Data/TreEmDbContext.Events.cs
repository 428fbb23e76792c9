using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<ChildEvent> ChildEvents => Set<ChildEvent>();
    public DbSet<EventAttachment> EventAttachments => Set<EventAttachment>();
}
