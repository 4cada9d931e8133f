package org.planlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planlens.web.WebApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planlens serve}: the analyst's web pages and the REST API over the index, until stopped. The only command
 * that starts Spring Boot's web stack (its classes load when this command runs, not before).
 */
@Command(
        name = "serve",
        description = "Serve the web pages and the REST API (/api/v1/) over the index, "
                + "read-only; a newer index commit is picked up without a restart. Ctrl+C stops.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", defaultValue = "output/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(
            names = "--index-url",
            description = "Serve this OpenSearch index instead of the index folder, e.g. http://localhost:9200 "
                    + "(also PLANLENS_INDEX_URL); the plans' texts are still read from plans/ beside --index.")
    String indexUrl;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "network, and then anyone who reaches it reads the index).")
    String host;

    @Option(names = "--models", description = "Read search synonyms from this folder instead of the packaged models.")
    Path models;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--port " + port + " is not a port (0-65535)");
        }
        WebApplication.serve(
                index, indexUrl, models, host, port, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
