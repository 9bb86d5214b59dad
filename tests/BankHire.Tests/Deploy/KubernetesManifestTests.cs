using BankHire.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BankHire.Tests.Deploy;

/// <summary>deploy/k8s: silos named and addressed from POD_NAME/POD_IP, a Service for the web, references that resolve.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = RepositoryRoot.Combine("deploy", "k8s");

    private static readonly IReadOnlyList<YamlMappingNode> Resources =
        Directory.GetFiles(Folder, "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").SelectMany(Yaml.Documents).ToList();

    private static YamlMappingNode Resource(string kind, string name) =>
        Resources.Single(r => r.Text("kind") == kind && r.Map("metadata").Text("name") == name);

    private static YamlMappingNode Container(YamlMappingNode workload) =>
        (YamlMappingNode)workload.Map("spec").Map("template").Map("spec").Seq("containers").Children[0];

    private static Dictionary<string, YamlMappingNode> Env(YamlMappingNode container) =>
        container.Seq("env").Children.Cast<YamlMappingNode>().ToDictionary(e => e.Text("name")!);

    [Fact]
    public void Kustomization_lists_every_manifest()
    {
        var listed = Yaml.Documents(Path.Combine(Folder, "kustomization.yaml"))[0].Seq("resources").Strings().ToHashSet();
        var present = Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").ToHashSet();
        Assert.Equal(present.Order(), listed.Order());
    }

    [Fact]
    public void Silos_take_their_name_and_address_from_the_pod()
    {
        var silo = Container(Resource("StatefulSet", "bankhire-silo"));
        Assert.StartsWith("/app/silo/BankHire.Silo.dll", string.Join(' ', silo.Seq("args").Strings()));
        var env = Env(silo);
        Assert.Equal("metadata.name", env["POD_NAME"].Map("valueFrom").Map("fieldRef").Text("fieldPath"));
        Assert.Equal("status.podIP", env["POD_IP"].Map("valueFrom").Map("fieldRef").Text("fieldPath"));
        Assert.Equal("$(POD_NAME)", env["BankHire__SiloName"].Text("value"));
        Assert.Equal("$(POD_IP)", env["BankHire__AdvertisedAddress"].Text("value"));
        Assert.Equal("Silo", env["BankHire__Role"].Text("value"));
        Assert.True(int.Parse(Resource("StatefulSet", "bankhire-silo").Map("spec").Text("replicas")!) >= 2);
    }

    [Fact]
    public void Silos_get_the_cores_and_the_memory_cap_the_soak_measured()
    {
        // Two cores for ≈ 300 live interviews; a 4-GiB limit caps the GC heap at 3 GiB, under which the soak's heap stayed level.
        var resources = Container(Resource("StatefulSet", "bankhire-silo")).Map("resources");
        Assert.Equal("2", resources.Map("requests").Text("cpu"));
        Assert.Equal("3Gi", resources.Map("requests").Text("memory"));
        Assert.Equal("4Gi", resources.Map("limits").Text("memory"));
    }

    [Fact]
    public void The_web_runs_as_a_cluster_client_behind_a_service()
    {
        var deployment = Resource("Deployment", "bankhire-web");
        var web = Container(deployment);
        Assert.Equal("Client", Env(web)["BankHire__Role"].Text("value"));
        var service = Resource("Service", "bankhire-web");
        var labels = deployment.Map("spec").Map("template").Map("metadata").Map("labels");
        foreach (var (key, value) in service.Map("spec").Map("selector").Children)
            Assert.Equal(((YamlScalarNode)value).Value, labels.Text(((YamlScalarNode)key).Value!));
        var targetPort = ((YamlMappingNode)service.Map("spec").Seq("ports").Children[0]).Text("targetPort");
        Assert.Contains(targetPort, web.Seq("ports").Children.Cast<YamlMappingNode>().Select(p => p.Text("name")));
    }

    [Fact]
    public void Probes_use_the_health_endpoints_on_declared_ports()
    {
        foreach (var (kind, name) in new[] { ("StatefulSet", "bankhire-silo"), ("Deployment", "bankhire-web") })
        {
            var container = Container(Resource(kind, name));
            var ports = container.Seq("ports").Children.Cast<YamlMappingNode>().Select(p => p.Text("name")).ToHashSet();
            Assert.Equal("/health/live", container.Map("livenessProbe").Map("httpGet").Text("path"));
            Assert.Equal("/health/ready", container.Map("readinessProbe").Map("httpGet").Text("path"));
            Assert.Contains(container.Map("readinessProbe").Map("httpGet").Text("port"), ports);
        }
    }

    [Fact]
    public void Settings_bind_to_options_and_config_references_exist()
    {
        var configMap = Resource("ConfigMap", "bankhire").Map("data");
        foreach (var (key, _) in configMap.Children) Assert.True(SettingKeys.Binds(((YamlScalarNode)key).Value!), $"ConfigMap key {key} binds to nothing.");
        Assert.Equal("json", configMap.Text("Logging__Console__FormatterName"));

        var containers = Resources.Where(r => r.Text("kind") is "StatefulSet" or "Deployment" or "Job")
            .Select(r => (Name: r.Map("metadata").Text("name"), Container: Container(r)));
        foreach (var (name, container) in containers)
        {
            foreach (var variable in container.Children.ContainsKey(new YamlScalarNode("env")) ? Env(container).Keys.ToList() : [])
                Assert.True(SettingKeys.Binds(variable), $"{name}: {variable} binds to nothing.");
            if (container.Children.ContainsKey(new YamlScalarNode("envFrom")))
            {
                var referenced = ((YamlMappingNode)container.Seq("envFrom").Children[0]).Map("configMapRef").Text("name");
                Assert.Equal("bankhire", referenced);
            }
        }
    }
}
