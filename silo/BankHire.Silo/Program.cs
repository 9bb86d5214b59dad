using BankHire.Hosting;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

// `BankHire.Silo schema apply`: create or upgrade the database schema (idempotent) and the master key file if there is
// none yet, then exit.
if (args is ["schema", "apply", ..])
{
    var storage = builder.Configuration.ReadBankHireOptions().ResolvedStorage();
    await SchemaInstaller.ApplyAsync(storage);
    var keys = MasterKeyRing.Load(storage.MasterKeyPath, createIfMissing: true);
    Console.WriteLine($"Schema applied ({storage.Provider}); master key '{keys.CurrentId}' in {storage.MasterKeyPath}.");
    return;
}

// `BankHire.Silo keys rotate`: a new current master key in the key file, then every data key re-wrapped with it.
// `BankHire.Silo keys rewrap`: re-wraps with the file's current key (after a mounted secret was updated and the nodes
// restarted with it). Nodes keep serving throughout: every key in the file still unwraps.
if (args is ["keys", "rotate" or "rewrap", ..])
{
    var storage = builder.Configuration.ReadBankHireOptions().ResolvedStorage();
    if (args[1] == "rotate") Console.WriteLine($"New master key '{MasterKeyRing.Rotate(storage.MasterKeyPath)}' in {storage.MasterKeyPath}.");
    var ring = MasterKeyRing.Load(storage.MasterKeyPath, createIfMissing: false);
    var rewrapped = await new DataKeyStore(storage, ring).RewrapAsync();
    Console.WriteLine($"{rewrapped} data key(s) re-wrapped with master key '{ring.CurrentId}'; older keys may leave the file once backups taken before now have expired.");
    return;
}

var options = builder.AddBankHireOrleans();
await options.PrepareStorageAsync();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<BankHire.Hosting.Answers.MediaStoreHealthCheck>("media", tags: ["ready"])
    .AddCheck<BankHire.Hosting.Speech.SpeechEnginesHealthCheck>("speech", tags: ["ready"]);

var app = builder.Build();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
await app.RunAsync();
