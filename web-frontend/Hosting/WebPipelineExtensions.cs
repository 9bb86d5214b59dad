using BankHire.Web.SecondRound;
using BankHire.Web.Analytics;
using BankHire.Web.HrNotifications;
using BankHire.Web.Admin;
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
using BankHire.Web.Ingest;
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
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(WebHostingExtensions.MaxJsonBodyBytes);
        app.UseRequestCharsetCheck();
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
        app.UseDashboardAddressCheck("/dashboard");
        app.UseJobIdRouteCheck();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealth();
        app.MapAuth();
        app.MapUsers();
        app.MapCluster();
        app.MapLexicon();
        app.MapBank();
        app.MapJobs();
        app.MapCandidates();
        app.MapCandidateProfile();
        app.MapCandidateReports();
        app.MapResumes();
        app.MapScreeningValidations();
        app.MapInterviews();
        app.MapCandidatePortal();
        app.MapCandidateStatus();
        app.MapCandidatePrivacy();
        app.MapPrivacy();
        app.MapFairness();
        app.MapNotifications();
        app.MapBooking();
        app.MapChunkIngest();
        app.MapAnswerFrames();
        app.MapEmployees();
        app.MapEmployeePortal();
        app.MapEmployeeFace();
        app.MapAttendance();
        app.MapPerformance();
        app.MapValidity();
        app.MapAnalytics();
        app.MapSecondRound();
        app.MapAgreement();
        app.MapHrNotifications();
        app.MapIntegrations();
        app.MapCandidateOverview();
        app.MapCandidatePages();
        app.MapPipeline();
        app.MapFeatures();
        app.MapModelCards();
        app.MapTalentPool();
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(AuthPolicies.Admin);
    }
}
