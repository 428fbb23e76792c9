using TreEm.Security;

namespace TreEm.Tests.Domain;

public class UserScopeTests
{
    [Fact]
    public void Covers_UnitsInsideTheSubtreeOnly()
    {
        var scope = new UserScope("u", ["/64/633/23944/"], [Role.CommuneWorker]);
        Assert.True(scope.Covers("/64/633/23944/"));
        Assert.True(scope.Covers("/64/633/23944/23944-01/"));
        Assert.False(scope.Covers("/64/633/23977/"));
        Assert.False(scope.Covers("/64/633/"));
    }

    [Fact]
    public void Covers_DoesNotConfuseCodesThatSharePrefix()
    {
        var scope = new UserScope("u", ["/64/62/"], [Role.DistrictOfficer]);
        Assert.False(scope.Covers("/64/622/23557/"));
    }

    [Fact]
    public void Paths_KeepsOnlyOutermostSubtrees()
    {
        var scope = new UserScope("u", ["/64/633/23944/", "/64/633/", "/64/629/"], [Role.DistrictOfficer]);
        Assert.Equal(["/64/629/", "/64/633/"], scope.Paths);
    }

    [Fact]
    public void Everything_CoversAnyPath() =>
        Assert.True(UserScope.Everything("a", [Role.Administrator]).Covers("/01/001/"));

    [Fact]
    public void Nobody_CoversNothing() => Assert.False(UserScope.Nobody.Covers("/64/"));
}
