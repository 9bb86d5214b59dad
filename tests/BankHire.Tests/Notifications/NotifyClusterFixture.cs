using BankHire.Hosting.Security;
using BankHire.Candidates;
using BankHire.Hosting;
using BankHire.Hosting.Answers;
using BankHire.Hosting.Notifications;
using BankHire.Hosting.Storage;
using BankHire.Jobs;
using BankHire.Notifications;
using BankHire.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BankHire.Tests.Notifications;

/// <summary>
/// One in-process silo on the embedded store (SQLite) whose channels reach a real SMTP server and a gateway
/// double on loopback; the clock is moved by hand. <see cref="RestartAsync"/> stops the silo and starts a new one
/// on the same database, as a crash and restart would.
/// </summary>
public sealed class NotifyClusterFixture : IAsyncLifetime
{
    public const string GatewaySecret = "test-gateway-secret";
    private readonly TempDirectory _data = new();
    private readonly string _serviceId = $"notify-{Guid.NewGuid():N}";
    private StorageOptions _storage = null!;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public SmtpReceiver Smtp { get; } = new();

    public GatewayDouble Gateway { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public NotificationOptions Options => new()
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = Smtp.Port, Security = "None", From = "recruiting@demo-bank.example", FromName = "示范银行招聘" },
        Gateway = new GatewayOptions { Url = Gateway.Url, Secret = GatewaySecret },
        Retry = new RetryOptions { MaxAttempts = 3, FirstDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(10) },
    };

    public async Task InitializeAsync()
    {
        _storage = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = _data.Path };
        await SchemaInstaller.ApplyAsync(_storage);
        await StartAsync();
    }

    private async Task StartAsync()
    {
        Cluster = await ClusterDeployment.DeployAsync(() =>
        {
            var builder = new InProcessTestClusterBuilder(1);
            // The same service on every start: grain state and reminders are keyed by it.
            builder.Options.ServiceId = _serviceId;
            builder.ConfigureSilo((_, silo) =>
            {
                silo.Services.AddSingleton<TimeProvider>(Clock);
                silo.Services.AddBankHireNotifications(Options);
                silo.Services.AddBankHireChunksAndScoring(_storage);
                silo.Services.AddBankHireSecrets(_storage);
                silo.AddBankHireGrainStorage(_storage);
                silo.AddBankHireReminders(_storage);
                silo.AddInterviewStreams();
            });
            return builder.Build();
        });
    }

    public async Task RestartAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await StartAsync();
    }

    /// <summary>A new job and one candidate for it with the given contact details.</summary>
    public async Task<(string JobId, Guid CandidateId)> CandidateAsync(string name = "王小明", string? email = "xiaoming@example.edu.cn", string? phone = "13800138000")
    {
        var jobId = $"teller-{Guid.NewGuid():N}"[..20];
        await Grains.GetGrain<IJobRubricGrain>(jobId).CreateAsync(new JobPosting("综合柜员", "Teller", "teller", "SH-LJZ", 10, JobStatus.Open), BankHire.Analysis.Scoring.Templates.JobTemplates.LoadJson(BankHire.Analysis.Scoring.Templates.JobTemplates.Teller), "hr");
        var candidateId = Guid.NewGuid();
        await Grains.GetGrain<ICandidateGrain>(candidateId).CreateAsync(
            new CandidateApplication(new CandidateContact(name, email, phone), jobId, null, null, null, "test"), "hr");
        return (jobId, candidateId);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Smtp.DisposeAsync();
        await Gateway.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class NotifyClusterCollection : ICollectionFixture<NotifyClusterFixture>
{
    public const string Name = "notify-cluster";
}
