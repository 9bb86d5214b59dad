using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using System.Text.Json;
using System.Text.Json.Serialization;
using BankHire.Hosting;
using BankHire.Hosting.Storage;
using BankHire.Web.Analytics;
using BankHire.Web.Demo;
using BankHire.Web.Health;
using BankHire.Web.Identity;
using BankHire.Web.Integrations;
using BankHire.Web.Invitations;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry.Trace;
using OpenTelemetry.Metrics;

namespace BankHire.Web.Hosting;

public static class WebHostingExtensions
{
    /// <summary>Largest JSON body the API accepts; media uploads have their own, larger limits.</summary>
    public const long MaxJsonBodyBytes = 1024 * 1024;

    public static void AddBankHireWeb(this WebApplicationBuilder builder, BankHireOptions options)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxJsonBodyBytes);
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(o => o.AddOperationTransformer<BankHire.Web.Problems.ProblemResponsesOpenApi>());

        services.AddIdentity<HrUser, HrRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddUserStore<HrUserStore>()
            .AddRoleStore<FixedRoleStore>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddBankHireApiKeys();
        services.AddSingleton<BankHire.Web.Auth.LoginThrottle>();
        services.AddSingleton<BankHire.Web.Admin.PipelineProfile>();
        // The stamp is checked on every request, so logging out (a new stamp) revokes the cookie at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        var tlsOnly = builder.Configuration["BankHire:PublicBaseUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.SecurePolicy = tlsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            BankHire.Web.Auth.SessionLifetime.Apply(o);
            o.Cookie.Name = CookieOriginCheck.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAuthorization(o =>
        {
            AuthPolicies.Add(o);
            o.FallbackPolicy = o.GetPolicy(AuthPolicies.AnyHr);
        });
        var dataProtection = services.AddDataProtection().SetApplicationName("BankHire");
        if (options.Storage.Provider == StorageProvider.Sqlite)
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys", "data-protection")));
        else
            // A cluster: every web node must accept the cookies the others issue.
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new GrainXmlRepository(sp.GetRequiredService<IGrainFactory>())));

        services.AddSingleton(sp => InvitationSigningKey.Load(builder.Configuration, options));
        services.AddSingleton<InvitationTokenService>();
        services.AddSingleton<BankHire.Web.CandidateStatus.CandidateLinks>();
        services.AddSingleton<InterviewInviter>();
        services.AddSingleton<PipelineRecords>();
        services.AddSingleton<CandidatePortal.CandidateInterviewEndpoints.Portal>();
        services.AddSingleton<BankHire.Web.Answers.RecordingIngest>();
        services.AddSingleton<BankHire.Web.Notifications.InvitationSender>();
        services.AddSingleton<BankHire.Web.Reports.ReportFontFiles>();
        services.AddSingleton<AdminBootstrapper>();
        services.AddSingleton<DemoCohort>();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService<StartupTasks>();

        var health = services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);
        if (options.Role == OrleansRole.Silo)
        {
            health.AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
            health.AddCheck<BankHire.Hosting.Answers.MediaStoreHealthCheck>("media", tags: [HealthEndpoints.ReadyTag]);
            health.AddCheck<BankHire.Hosting.Speech.SpeechEnginesHealthCheck>("speech", tags: [HealthEndpoints.ReadyTag]);
        }

        services.ConfigureOpenTelemetryTracerProvider(t => t.AddAspNetCoreInstrumentation());
        services.ConfigureOpenTelemetryMeterProvider(m => m.AddAspNetCoreInstrumentation());
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Names only: a number would let an out-of-range value (99) through to code that trusts the enum.
        json.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        json.Converters.Add(new BankHire.Web.Problems.BoundedStrings());
        json.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(
            json.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), BankHire.Web.Problems.NullItemsRefusal.Modify);
        json.RespectNullableAnnotations = true;
        json.RespectRequiredConstructorParameters = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
