package org.planlens.web;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.planlens.query.LiveIndex;
import org.planlens.rules.ModelData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The analyst's web application: pages and a REST API over the index, read-only, through the query layer
 * ({@link LiveIndex}: it follows the ingest's commits). Started by {@code planlens serve} only, so no other
 * command pays for Spring Boot's web stack. The batch side's database and job beans are not wanted here: the
 * auto-configurations that would make them from the classpath are left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
            "org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration",
            "org.springframework.boot.autoconfigure.h2.H2ConsoleAutoConfiguration"
        })
@ComponentScan
@PropertySource(value = "classpath:planlens-web.properties", encoding = "UTF-8")
public class WebApplication {
    /** The property naming the index folder to serve. */
    public static final String INDEX = "planlens.index";
    /** The property naming an OpenSearch index to serve instead of the folder's; empty: the folder's. */
    public static final String INDEX_URL = "planlens.index-url";
    /** The property naming a models folder (search synonyms); empty: the packaged models. */
    public static final String MODELS = "planlens.models";

    @Bean(destroyMethod = "close")
    LiveIndex liveIndex(
            @Value("${" + INDEX + "}") Path index,
            @Value("${" + INDEX_URL + ":}") String indexUrl,
            @Value("${" + MODELS + ":}") String models) {
        return new LiveIndex(
                index,
                indexUrl.isBlank() ? null : indexUrl,
                models.isBlank() ? ModelData.packaged() : ModelData.from(Path.of(models)));
    }

    /** The application on {@code host:port} over the index in {@code index}; returns once it listens. */
    public static ConfigurableApplicationContext start(Path index, Path models, String host, int port) {
        return start(index, null, models, host, port);
    }

    /**
     * The application on {@code host:port} over the OpenSearch index {@code indexUrl} (null: the index in
     * {@code index}, unless {@code PLANLENS_INDEX_URL} names one; the plans' texts are read beside {@code index}
     * either way); returns once it listens.
     */
    public static ConfigurableApplicationContext start(
            Path index, String indexUrl, Path models, String host, int port) {
        // as command-line properties: they win over planlens-web.properties
        return new SpringApplicationBuilder(WebApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--" + INDEX + "=" + index.toAbsolutePath().normalize(),
                        "--" + INDEX_URL + "=" + (indexUrl == null ? "" : indexUrl),
                        "--" + MODELS + "="
                                + (models == null ? "" : models.toAbsolutePath().normalize()),
                        "--server.address=" + host,
                        "--server.port=" + port);
    }

    /**
     * {@code planlens serve}: starts the application, prints where it listens, and returns when it is stopped
     * (Ctrl+C).
     */
    public static void serve(Path index, String indexUrl, Path models, String host, int port, PrintWriter out) {
        ConfigurableApplicationContext context = start(index, indexUrl, models, host, port);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) closed.countDown();
        });
        int bound = ((WebServerApplicationContext) context).getWebServer().getPort();
        out.println("planlens: serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound
                + "/ over " + context.getBean(LiveIndex.class).where() + " (Ctrl+C stops)");
        out.flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
    }
}
