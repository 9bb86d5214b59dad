using BankHire.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BankHire.Tests.Deploy;

/// <summary>deploy/compose.yaml describes web + two silos + PostgreSQL with settings the apps really read.</summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Compose = Yaml.Documents(RepositoryRoot.Combine("deploy", "compose.yaml"))[0];
    private static readonly YamlMappingNode Services = Compose.Map("services");

    private static Dictionary<string, string> Environment(string service) => Yaml.Flatten(Services.Map(service).Map("environment"));

    private static string Command(string service) => string.Join(' ', Services.Map(service).Seq("command").Strings());

    [Fact]
    public void It_runs_postgres_two_headless_silos_and_a_client_web()
    {
        Assert.Contains("postgres", Services.Children.Keys.Select(k => k.ToString()));
        foreach (var silo in new[] { "silo1", "silo2" })
        {
            Assert.StartsWith("/app/silo/BankHire.Silo.dll", Command(silo));
            Assert.Equal("Silo", Environment(silo)["BankHire__Role"]);
            Assert.Equal(silo, Environment(silo)["BankHire__SiloName"]);
            Assert.Equal(silo, Environment(silo)["BankHire__AdvertisedAddress"]);
        }
        Assert.StartsWith("/app/web/BankHire.Web.dll", Command("web"));
        Assert.Equal("Client", Environment("web")["BankHire__Role"]);
        Assert.Equal("/app/silo/BankHire.Silo.dll schema apply", Command("schema"));
    }

    [Fact]
    public void Every_bankhire_process_shares_one_cluster_and_one_database()
    {
        var processes = new[] { "schema", "silo1", "silo2", "web" };
        Assert.Single(processes.Select(p => Environment(p)["BankHire__ClusterId"]).Distinct());
        Assert.Single(processes.Select(p => Environment(p)["BankHire__Storage__ConnectionString"]).Distinct());
        Assert.All(processes, p => Assert.Equal("Postgres", Environment(p)["BankHire__Storage__Provider"]));

        var database = Environment("postgres");
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(Environment("web")["BankHire__Storage__ConnectionString"]);
        Assert.Equal("postgres", connection.Host);
        Assert.Equal(database["POSTGRES_DB"], connection.Database);
        Assert.Equal(database["POSTGRES_USER"], connection.Username);
        Assert.Equal(database["POSTGRES_PASSWORD"], connection.Password);
    }

    [Fact]
    public void Every_setting_binds_to_an_option_and_no_secret_is_committed()
    {
        foreach (var service in new[] { "schema", "silo1", "silo2", "web" })
        {
            foreach (var (key, _) in Environment(service)) Assert.True(SettingKeys.Binds(key), $"{service}: {key} binds to no BankHire option.");
        }
        Assert.StartsWith("${BANKHIRE_ADMIN_PASSWORD:?", Environment("web")["BankHire__Admin__Password"]);
        Assert.StartsWith("${BANKHIRE_INVITATION_KEY:?", Environment("web")["BankHire__Security__InvitationKey"]);
    }

    [Fact]
    public void The_image_is_built_from_the_dockerfile_that_publishes_both_apps()
    {
        var build = Services.Map("schema").Map("build");
        var dockerfile = Path.GetFullPath(Path.Combine(RepositoryRoot.Combine("deploy"), build.Text("context")!, build.Text("dockerfile")!));
        var text = File.ReadAllText(dockerfile);
        Assert.Contains("web-frontend/BankHire.Web.csproj -c Release -o /app/web", text);
        Assert.Contains("silo/BankHire.Silo/BankHire.Silo.csproj -c Release -o /app/silo", text);
        Assert.True(File.Exists(RepositoryRoot.Combine("web-frontend", "BankHire.Web.csproj")));
        Assert.True(File.Exists(RepositoryRoot.Combine("silo", "BankHire.Silo", "BankHire.Silo.csproj")));
    }
}
