using TreEm.Web.Api;
using TreEm.Web.Cli;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

var commandLine = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(commandLine.HostArgs);
builder.Configuration.AddInMemoryCollection(commandLine.Settings);
builder.WebHost.UseStaticWebAssets();
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5080");
builder.Logging.AddTreEmLogging(builder.Environment);

builder.Services.AddTreEmData(builder.Configuration);
builder.Services.AddTreEmSecurity();
builder.Services.AddTreEmWeb();
builder.Services.AddTreEmApi();

var app = builder.Build();

if (commandLine.Command is not null)
    return await AdminCommands.RunAsync(app.Services, commandLine);

app.UseTreEmWeb();
app.MapTreEmApi();
app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the tests can host the application.</summary>
public partial class Program;
