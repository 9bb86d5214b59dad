using BankHire.Hosting.Storage;
using Npgsql;

namespace BankHire.Tests.Storage;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_connection_string_without_a_pool_size_gets_the_bankhire_default()
    {
        var completed = PostgresConnectionString.WithDefaults("Host=db;Username=bankhire;Password=secret;Database=bankhire");

        var parsed = new NpgsqlConnectionStringBuilder(completed);
        Assert.Equal(PostgresConnectionString.DefaultMaxPoolSize, parsed.MaxPoolSize);
        Assert.Equal("db", parsed.Host);
        Assert.Equal("secret", parsed.Password);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50")]
    [InlineData("Host=db;maximum pool size=50")]
    [InlineData("Host=db;MaxPoolSize=50")]
    public void An_explicit_pool_size_is_kept(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString));

        Assert.Equal(50, parsed.MaxPoolSize);
    }
}
