package fr.immunolearn.app;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.loading.CourseLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the course is read from: the folder named by {@code immunolearn.content-dir} when it exists
 * (authors see their edits on restart), otherwise the copy packaged in the jar.
 */
public final class ContentSource {

    private static final Logger log = LoggerFactory.getLogger(ContentSource.class);
    private static final String PACKAGED = "content/";

    private final Path folder;

    public ContentSource(Path folder) {
        this.folder = folder;
    }

    public CourseEditions load() {
        if (Files.isDirectory(folder)) {
            log.info("Reading the course from {}", folder.toAbsolutePath());
            return CourseLoader.load(folder);
        }
        log.info(
                "No folder {}: reading the course packaged in the application",
                folder.toAbsolutePath());
        return CourseLoader.load(unpackPackagedContent(), "classpath:content");
    }

    /** The folder in use, or empty when the packaged copy is used. */
    public Path folder() {
        return folder;
    }

    /**
     * The loader reads folders; a jar's classpath is not one, so the packaged copy is unpacked to a
     * temporary folder once, at start-up.
     */
    private static Path unpackPackagedContent() {
        try {
            Path target = Files.createTempDirectory("immunolearn-content");
            target.toFile().deleteOnExit();
            PathMatchingResourcePatternResolver resolver =
                    new PathMatchingResourcePatternResolver();
            Resource root = resolver.getResource("classpath:" + PACKAGED);
            String rootUrl = root.getURL().toString();
            for (Resource resource : resolver.getResources("classpath*:" + PACKAGED + "**")) {
                String url = resource.getURL().toString();
                if (!resource.isReadable() || url.endsWith("/") || !url.startsWith(rootUrl)) {
                    continue;
                }
                Path file = target.resolve(url.substring(rootUrl.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the course packaged in the application", e);
        }
    }
}
