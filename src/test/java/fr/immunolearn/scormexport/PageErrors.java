package fr.immunolearn.scormexport;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ConsoleAPICalled;

/**
 * Every uncaught exception and console.error of the page and its same-origin frames (the
 * package's), through the DevTools protocol: a player that throws fails the test even when the
 * screen still looks right. Its console.warn lines are kept apart, for tests of what it reports.
 */
final class PageErrors {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private PageErrors() {}

    static PageErrors watch(ChromeDriver browser) {
        PageErrors watcher = new PageErrors();
        DevTools devTools = browser.getDevTools();
        devTools.createSession();
        devTools.send(Runtime.enable());
        devTools.addListener(
                Runtime.exceptionThrown(),
                thrown ->
                        watcher.errors.add(
                                "uncaught: "
                                        + thrown.getExceptionDetails().getText()
                                        + " "
                                        + thrown.getExceptionDetails()
                                                .getException()
                                                .flatMap(e -> e.getDescription())
                                                .orElse("")));
        devTools.addListener(
                Runtime.consoleAPICalled(),
                call -> {
                    String text =
                            call.getArgs().stream()
                                    .map(
                                            a ->
                                                    a.getValue()
                                                            .map(Object::toString)
                                                            .or(() -> a.getDescription())
                                                            .orElse(""))
                                    .reduce("", (x, y) -> x + " " + y);
                    if (call.getType() == ConsoleAPICalled.Type.ERROR) {
                        watcher.errors.add("console.error: " + text);
                    } else if (call.getType() == ConsoleAPICalled.Type.WARNING) {
                        watcher.warnings.add(text.strip());
                    }
                });
        return watcher;
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** What the page reported with console.warn: problems it copes with but says. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    Optional<String> first() {
        return errors.stream().findFirst();
    }
}
