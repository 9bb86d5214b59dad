using BankHire.Hosting;
using BankHire.Hosting.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

// `BankHire.Silo schema apply`: create or upgrade the database schema (idempotent), then exit.
if (args is ["schema", "apply", ..])
{
    var storage = builder.Configuration.ReadBankHireOptions().ResolvedStorage();
    await SchemaInstaller.ApplyAsync(storage);
    Console.WriteLine($"Schema applied ({storage.Provider}).");
    return;
}

var options = builder.AddBankHireOrleans();
await options.PrepareStorageAsync();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<BankHire.Hosting.Speech.SpeechEnginesHealthCheck>("speech", tags: ["ready"]);

var app = builder.Build();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
await app.RunAsync();
