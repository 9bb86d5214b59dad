using System.Text.Json.Nodes;

namespace BankHire.Tests.Deploy;

/// <summary>Both processes that host a silo compact a fragmented gen 2 (the soak at 240 live candidates grew the committed
/// heap ≈ 100 MB a minute without it), on server GC.</summary>
public sealed class SiloProcessGcTests
{
    [Theory]
    [InlineData("BankHire.Web")]
    [InlineData("BankHire.Silo")]
    public void A_silo_host_conserves_memory_on_server_gc(string host)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{host}.runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"]!;

        Assert.Equal("7", properties["System.GC.ConserveMemory"]!.ToString());
        Assert.Equal("true", properties["System.GC.Server"]!.ToString(), ignoreCase: true);
    }
}
