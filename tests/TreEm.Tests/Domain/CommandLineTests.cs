using TreEm.Web.Hosting;

namespace TreEm.Tests.Domain;

public class CommandLineTests
{
    private static string? NoEnvironment(string _) => null;

    [Fact]
    public void Parse_DemoAndUrls_DemoBecomesSettingUrlsGoToHost()
    {
        var cl = CommandLine.Parse(["--demo", "--urls", "http://127.0.0.1:9000"], NoEnvironment);
        Assert.Null(cl.Command);
        Assert.Equal("true", cl.Settings["TreEm:Demo"]);
        Assert.Equal(["--urls", "http://127.0.0.1:9000"], cl.HostArgs);
    }

    [Fact]
    public void Parse_Command_TakesItsOwnArgumentsAndTheDatabaseSwitch()
    {
        var cl = CommandLine.Parse(["create-token", "--user", "tongdai111", "--name", "Tổng đài", "--db", "Host=x"], NoEnvironment);
        Assert.Equal("create-token", cl.Command);
        Assert.Equal(["--user", "tongdai111", "--name", "Tổng đài"], cl.CommandArgs);
        Assert.Equal("Host=x", cl.Settings["TreEm:Database"]);
    }

    [Fact]
    public void Parse_SeedDemoChildrenAndSeed_StayWithTheCommand()
    {
        var cl = CommandLine.Parse(["seed-demo", "--children", "450000", "--seed", "7", "--data", "demo"], NoEnvironment);
        Assert.Equal("seed-demo", cl.Command);
        Assert.Equal(["--children", "450000", "--seed", "7"], cl.CommandArgs);
        Assert.Equal("demo", cl.Settings["TreEm:DataDirectory"]);
        Assert.Empty(cl.HostArgs);
    }

    [Fact]
    public void Parse_TreemDbVariable_IsTheConnectionStringUnlessDbIsGiven()
    {
        Assert.Equal("Host=env", CommandLine.Parse([], n => n == "TREEM_DB" ? "Host=env" : null).Settings["TreEm:Database"]);
        Assert.Equal("Host=arg", CommandLine.Parse(["--db", "Host=arg"], n => n == "TREEM_DB" ? "Host=env" : null).Settings["TreEm:Database"]);
    }

    [Theory]
    [InlineData("Host=localhost;Database=treem", true)]
    [InlineData("Data Source=data/treem.db", false)]
    public void IsPostgres_DecidesByTheConnectionString(string cs, bool expected) =>
        Assert.Equal(expected, DatabaseSettings.IsPostgres(cs));
}
