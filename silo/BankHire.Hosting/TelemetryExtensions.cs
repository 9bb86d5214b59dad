using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BankHire.Hosting;

public static class TelemetryExtensions
{
    /// <summary>Meters and activity sources BankHire code writes to, besides Orleans' own.</summary>
    public const string BankHireSource = "BankHire";

    /// <summary>OpenTelemetry metrics and traces for Orleans and BankHire; the exporter is chosen by configuration.</summary>
    public static void AddBankHireTelemetry(this IHostApplicationBuilder builder, BankHireOptions options)
    {
        var exporter = options.TelemetryExporter.ToLowerInvariant();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.SiloName ?? "bankhire", serviceNamespace: options.ServiceId))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Microsoft.Orleans", BankHireSource, Profiling.PipelineMeter.MeterName,
                    "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
                if (exporter == "console") metrics.AddConsoleExporter();
                if (exporter == "otlp") metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", BankHireSource);
                if (exporter == "console") tracing.AddConsoleExporter();
                if (exporter == "otlp") tracing.AddOtlpExporter();
            });
    }
}
