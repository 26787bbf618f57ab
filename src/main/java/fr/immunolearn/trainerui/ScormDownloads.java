package fr.immunolearn.trainerui;

import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.scormexport.ExportOptions;
import fr.immunolearn.scormexport.ScormExporter;
import fr.immunolearn.scormexport.ScormPackage;
import fr.immunolearn.shell.Routes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The SCORM package a trainer chose: to download (the same exporter as the command line, so the
 * same bytes for the same options), and to preview in the browser inside a small preview LMS.
 * Trainers only: Spring Security guards both paths.
 */
@RestController
class ScormDownloads {

    static final String DOWNLOAD = Routes.SCORM_DOWNLOAD;
    static final String PREVIEW = Routes.SCORM_PREVIEW;
    private static final int PACKAGES_KEPT = 6;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z.]+)}}");

    private final CourseEditions editions;

    /** The last few packages previewed: a preview asks for a dozen files of the same package. */
    private final Map<String, Map<String, byte[]>> previews =
            Collections.synchronizedMap(
                    new LinkedHashMap<>(16, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(
                                Map.Entry<String, Map<String, byte[]>> eldest) {
                            return size() > PACKAGES_KEPT;
                        }
                    });

    ScormDownloads(CourseEditions editions) {
        this.editions = editions;
    }

    @GetMapping("/" + DOWNLOAD + "{token}")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        Optional<ScormPackage> made = export(token);
        if (made.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(made.get().fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(made.get().bytes());
    }

    @GetMapping("/" + PREVIEW + "{token}/lms.html")
    ResponseEntity<byte[]> previewPage(@PathVariable String token) {
        Optional<ExportOptions> options = ExportChoice.parse(token);
        if (options.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String language = options.get().language();
        TrainerTexts texts =
                new TrainerTexts(
                        editions.languages().contains(language)
                                ? language
                                : editions.defaultLanguage());
        String page =
                PLACEHOLDER
                        .matcher(resource("lms.html"))
                        .replaceAll(
                                match ->
                                        Matcher.quoteReplacement(
                                                org.jsoup.nodes.Entities.escape(
                                                        texts.get(match.group(1)))));
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noStore())
                .body(page.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/" + PREVIEW + "{token}/lms.js", "/" + PREVIEW + "{token}/lms.css"})
    ResponseEntity<byte[]> previewAsset(
            @PathVariable String token, jakarta.servlet.http.HttpServletRequest request) {
        String path =
                (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String name = path.endsWith(".js") ? "lms.js" : "lms.css";
        return ResponseEntity.ok()
                .contentType(MediaTypeFactory.getMediaType(name).orElseThrow())
                .body(resource(name).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/" + PREVIEW + "{token}/package/**")
    ResponseEntity<byte[]> previewFile(
            @PathVariable String token, jakarta.servlet.http.HttpServletRequest request) {
        String path =
                (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String name = path.substring(path.indexOf("/package/") + "/package/".length());
        Map<String, byte[]> files =
                previews.computeIfAbsent(
                        token, t -> export(t).map(ScormDownloads::unzip).orElse(Map.of()));
        byte[] file = files.get(name);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(
                        MediaTypeFactory.getMediaType(name)
                                .orElse(MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(CacheControl.noStore())
                .body(file);
    }

    private Optional<ScormPackage> export(String token) {
        return ExportChoice.parse(token)
                .filter(o -> editions.languages().contains(o.language()))
                .map(options -> ScormExporter.export(editions, options));
    }

    private static Map<String, byte[]> unzip(ScormPackage scorm) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(scorm.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = ScormDownloads.class.getResourceAsStream("preview/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
