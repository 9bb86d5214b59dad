using BankHire.Web.SecondRound;
using BankHire.Web.Analytics;
using BankHire.Web.HrNotifications;
using BankHire.Web.Access;
using BankHire.Web.Admin;
using BankHire.Web.Audit;
using BankHire.Web.Attendance;
using BankHire.Web.Auth;
using BankHire.Web.Banks;
using BankHire.Web.Booking;
using BankHire.Web.CandidatePortal;
using BankHire.Web.CandidateStatus;
using BankHire.Web.Candidates;
using BankHire.Web.Employees;
using BankHire.Web.Fairness;
using BankHire.Web.Evidence;
using BankHire.Web.Health;
using BankHire.Web.Identity;
using BankHire.Web.Answers;
using BankHire.Web.Integrations;
using BankHire.Web.Interviews;
using BankHire.Web.Jobs;
using BankHire.Web.Lexicon;
using BankHire.Web.Notifications;
using BankHire.Web.ModelCards;
using BankHire.Web.Performance;
using BankHire.Web.Reports;
using BankHire.Web.Resumes;
using BankHire.Web.TalentPool;
using BankHire.Web.Privacy;
using BankHire.Web.Problems;
using BankHire.Web.Users;
using Orleans.Dashboard;

namespace BankHire.Web.Hosting;

public static class WebPipelineExtensions
{
    public static void UseBankHireWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseAccessAudit();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(WebHostingExtensions.MaxJsonBodyBytes);
        app.UseRequestCharsetCheck();
        app.UseConsoleEntrance();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        // Before authorization: the API browser is public, like the document it shows; calls from it still need a role.
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "BankHire API v1");
            o.DocumentTitle = "BankHire API";
        });
        app.UseCookieOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAccessGate();
        app.UseDashboardAddressCheck("/dashboard");
        app.UseJobIdRouteCheck();

        app.MapOpenApi().AllowAnonymous();
        // Every API route in one group, so request bodies are validated by one filter before any handler runs.
        var api = app.MapGroup("").AddEndpointFilterFactory(RequestValidationFilter.Create);
        api.MapHealth();
        api.MapAuth();
        api.MapUsers();
        api.MapCluster();
        api.MapPipelineProfile();
        api.MapLexicon();
        api.MapBank();
        api.MapJobs();
        api.MapCandidates();
        api.MapCandidateProfile();
        api.MapCandidateReports();
        api.MapResumes();
        api.MapScreeningValidations();
        api.MapInterviews();
        api.MapCandidatePortal();
        api.MapCandidateStatus();
        api.MapCandidatePrivacy();
        api.MapPrivacy();
        api.MapJurisdiction();
        api.MapFairness();
        api.MapAudit();
        api.MapNotifications();
        api.MapBooking();
        api.MapChunkIngest();
        api.MapRecordingUploads();
        api.MapAnswerFrames();
        api.MapEmployees();
        api.MapEmployeePortal();
        api.MapEmployeeFace();
        api.MapAttendance();
        api.MapPerformance();
        api.MapValidity();
        api.MapAnalytics();
        api.MapSecondRound();
        api.MapAssignments();
        api.MapAgreement();
        api.MapHrNotifications();
        api.MapIntegrations();
        api.MapCandidateOverview();
        api.MapCandidatePages();
        api.MapPipeline();
        api.MapFeatures();
        api.MapModelCards();
        api.MapTalentPool();
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(AuthPolicies.Admin);
    }
}
