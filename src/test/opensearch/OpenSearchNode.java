import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * One OpenSearch node for the tests, with the HTTP transport (netty4) and the common analysis filters
 * (asciifolding, synonym_graph) loaded from the class path, as the distribution loads its modules.
 * Arguments: key=value node settings (path.home, path.data, http.port, ...). Prints "started" when it is up and
 * runs until its standard input closes (the test JVM went away) or it is killed.
 */
public final class OpenSearchNode {
    public static void main(String[] args) throws Exception {
        Settings.Builder settings = Settings.builder();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings.build(), Map.of(),
                Path.of(settings.get("path.home")).resolve("config"), () -> settings.get("node.name"));
        List<PluginInfo> plugins = List.of(
                plugin("org.opensearch.transport.Netty4ModulePlugin"),
                plugin("org.opensearch.analysis.common.CommonAnalysisModulePlugin"));
        Node node = new Node(env, plugins, true) { };
        node.start();
        System.out.println("started");
        System.out.flush();
        while (System.in.read() >= 0) {
            // the test JVM holds our standard input open while it lives
        }
        node.close();
        node.awaitClose(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static PluginInfo plugin(String className) {
        return new PluginInfo(className, "classpath module", "NA", Version.CURRENT, "21", className, null, List.of(),
                false);
    }
}
