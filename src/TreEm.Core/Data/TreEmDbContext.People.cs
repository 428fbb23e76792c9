using Microsoft.EntityFrameworkCore;
using TreEm.Domain.People;

namespace TreEm.Data;

public partial class TreEmDbContext
{
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
}
