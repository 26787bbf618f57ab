package fr.immunolearn.course.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the small valid course under test resources, to break one thing at a time. */
final class ContentFixture {

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    static ContentFixture copyOfMinimal(Path into) {
        try {
            return copyOf(Path.of(ContentFixture.class.getResource("minimal").toURI()), into);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the lesson blocks' test course, which uses every block type in both editions. */
    static ContentFixture copyOfBlocksCourse(Path into) {
        return copyOf(fr.immunolearn.blocks.BlocksTestCourse.folder(), into);
    }

    private static ContentFixture copyOf(Path source, Path into) {
        try {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = into.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return new ContentFixture(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * Replaces the one occurrence of {@code from} in {@code file}; fails if there is not exactly
     * one.
     */
    ContentFixture replace(String file, String from, String to) {
        try {
            Path path = root.resolve(file);
            String text = Files.readString(path);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException(
                        "expected exactly one \"" + from + "\" in " + file);
            }
            Files.writeString(
                    path, text.substring(0, at) + to + text.substring(at + from.length()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves {@code file} again in another encoding, as an editor set to Latin-1 would. */
    ContentFixture reencode(String file, Charset charset) {
        try {
            Path path = root.resolve(file);
            Files.writeString(path, Files.readString(path), charset);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture writeBytes(String file, byte[] bytes) {
        try {
            Files.write(root.resolve(file), bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every problem the loader reports, as {@code file:line:column: message} relative to the
     * fixture.
     */
    List<String> problems() {
        return CourseLoader.check(root).problems().stream()
                .map(p -> p.toString().replace(root.toString().replace('\\', '/') + "/", ""))
                .toList();
    }
}
