using System.Data.Common;
using System.Net.Sockets;
using BankHire.Cluster;
using BankHire.Hosting.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace BankHire.Tests.Hosting;

/// <summary>
/// What a client receives when storage fails on a silo, through the serializer configured as silos and clients are:
/// something the web's one exception switch maps to 503 (a StorageUnavailableException or a DbException), never an
/// exception it cannot read.
/// </summary>
public sealed class StorageFaultWireTests
{
    private static readonly Serializer Wire = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(StorageUnavailableException).Assembly))
        .AddStorageFaultsOnTheWire()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_grain_state_write_that_found_the_database_away_reaches_the_client_as_storage_unavailable()
    {
        // What Orleans' storage bridge throws: its own exception around the driver's.
        var onTheSilo = new OrleansException("Error from storage provider AdoNetGrainStorage during WriteState",
            new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));

        var fault = StorageFaults.Find(onTheSilo);
        var received = RoundTrip(StorageFaults.Translate(fault!));

        Assert.IsType<NpgsqlException>(fault);
        Assert.IsType<StorageUnavailableException>(received);
        Assert.DoesNotContain("127.0.0.1", received.Message); // no database internals leave the silo
    }

    [Fact]
    public void A_grain_whose_state_fails_to_load_while_activating_reaches_the_client_with_its_database_exception()
    {
        // The runtime refuses such calls before any filter runs, with the storage bridge's exception as it is.
        var refused = new OrleansException("Error from storage provider AdoNetGrainStorage during ReadState",
            new NpgsqlException("Exception while reading from stream", new IOException("reset")));

        var received = RoundTrip(refused);

        Assert.IsAssignableFrom<DbException>(received.InnerException);
    }

    [Fact]
    public void Other_exceptions_are_not_storage_faults()
    {
        Assert.Null(StorageFaults.Find(new InvalidOperationException("a bug", new ArgumentException("bad"))));
        Assert.Null(StorageFaults.Find(new OrleansException("not storage")));
    }

    private static Exception RoundTrip(Exception exception) => Wire.Deserialize<Exception>(Wire.SerializeToArray<Exception>(exception))!;
}
