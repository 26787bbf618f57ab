package fr.immunolearn.cli;

import fr.immunolearn.security.Account;
import fr.immunolearn.security.Registration;
import fr.immunolearn.security.RegistrationForm;
import fr.immunolearn.security.RegistrationRefused;
import java.io.Console;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code trainer add --email … [--name …]}: creates a trainer account in the app's database. The
 * password is read from {@code IMMUNOLEARN_TRAINER_PASSWORD}, or asked twice on the console; it is
 * never taken from the command line, where it would end up in the shell's history.
 */
final class TrainerCommand {

    static final String PASSWORD_VARIABLE = "IMMUNOLEARN_TRAINER_PASSWORD";

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> environment;
    private final Console console;

    TrainerCommand(
            PrintStream out,
            PrintStream err,
            Function<String, String> environment,
            Console console) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.console = console;
    }

    int run(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            err.println(
                    "usage: java -jar immunolearn.jar trainer add --email EMAIL [--name NAME] [Spring options]");
            return 2;
        }
        String email = null;
        String name = "Formateur";
        List<String> springArguments = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--email") || arg.equals("--name")) && i + 1 < args.size()) {
                if (arg.equals("--email")) {
                    email = args.get(++i);
                } else {
                    name = args.get(++i);
                }
            } else if (arg.startsWith("--") && arg.contains("=")) {
                springArguments.add(arg);
            } else {
                err.println("trainer add: unexpected argument '" + arg + "'");
                return 2;
            }
        }
        if (email == null) {
            err.println("trainer add: --email is required");
            return 2;
        }
        String password = password();
        if (password == null) {
            return 2;
        }
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(TrainerCommandContext.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .properties("logging.level.root=WARN")
                        .run(springArguments.toArray(String[]::new))) {
            Account account =
                    context.getBean(Registration.class)
                            .registerTrainer(new RegistrationForm(name, email, password, "fr"));
            out.println("Trainer account " + account.email() + " created.");
            return 0;
        } catch (RegistrationRefused refused) {
            refused.describe().forEach(problem -> err.println("trainer add: " + problem));
            return 1;
        }
    }

    private String password() {
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        if (console == null) {
            err.println(
                    "trainer add: no console to ask for the password; set " + PASSWORD_VARIABLE);
            return null;
        }
        char[] first = console.readPassword("Password for the trainer: ");
        char[] second = console.readPassword("Password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            err.println("trainer add: the two passwords differ");
            return null;
        }
        return new String(first);
    }
}
