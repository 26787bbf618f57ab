package fr.immunolearn;

import fr.immunolearn.cli.Commands;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ImmunoLearnApplication {

    public static void main(String[] args) {
        Optional<Integer> status = Commands.run(args, System.out, System.err);
        if (status.isPresent()) {
            System.exit(status.get());
        }
        SpringApplication.run(ImmunoLearnApplication.class, args);
    }
}
