using BankHire.Hosting;
using BankHire.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var options = builder.AddBankHireOrleans();
await options.PrepareStorageAsync();
builder.AddBankHireWeb(options);

var app = builder.Build();
app.UseBankHireWeb();
await app.RunAsync();

/// <summary>Entry point; public so API tests can host it.</summary>
public partial class Program;
