using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using TreEm.Web.Pages.Children.Import;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Web.Hosting;

public static class WebServices
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static ILoggingBuilder AddTreEmLogging(this ILoggingBuilder logging, IHostEnvironment env)
    {
        // Structured logs (one JSON object a line) outside development, for the operators' log collectors.
        if (!env.IsDevelopment()) logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        return logging;
    }

    public static IServiceCollection AddTreEmWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Vietnamese letters go out as UTF-8, not as &#x...; entities: a third of the bytes on a slow line.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => new AllResourcesLocalizer(f));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, English];
            o.SupportedUICultures = [Vietnamese, English];
            // Vietnamese unless the user chose English: the browser's language does not decide.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddScoped<Pages.Cases.CaseAccessor>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AdminBootstrap>();
        services.AddHostedService<StartupTasks>();
        services.AddChildImport();
        services.AddHostedService<ChildAgeOutJob>();
        services.AddHostedService<CaseDeadlineJob>();
        services.AddHostedService<ReportReminderJob>();
        return services;
    }

    public static WebApplication UseTreEmWeb(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
            app.UseDeveloperExceptionPage();
        else
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/loi/500", AllowStatusCode404Response = true });

        // Pages get a friendly error page; the API gets problem details JSON.
        app.UseWhen(ctx => ctx.Request.IsApi(), a => a.UseStatusCodePages());
        app.UseWhen(ctx => !ctx.Request.IsApi(), a => a.UseStatusCodePagesWithReExecute("/loi/{0}"));

        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseForcedPasswordChange();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext ctx) =>
        {
            var chosen = culture == English.Name ? English : Vietnamese;
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) ? "/" : returnUrl);
        }).AllowAnonymous();
        return app;
    }
}
