package fr.immunolearn.bench;

import fr.immunolearn.ImmunoLearnApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole app in this JVM, on a port of its own, so its heap and services can be measured. */
final class AppInProcess implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInProcess(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AppInProcess start(List<String> databaseArguments) {
        // Production mode whatever the build left in target/classes: the figures are those of a
        // deployment.
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--server.port=0",
                                "--immunolearn.content-dir=content",
                                "--vaadin.productionMode=true",
                                "--logging.level.root=WARN",
                                "--spring.main.banner-mode=off"));
        args.addAll(databaseArguments);
        return new AppInProcess(
                new SpringApplicationBuilder(ImmunoLearnApplication.class)
                        .run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
