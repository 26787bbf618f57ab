package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CompletionRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each manifest is valid against the official IMS/ADL schemas (the copies in
 * ../shared/scorm-schemas), checked with xmllint as an LMS's validator would, without any network:
 * a small driver schema imports each namespace of the edition, and for 2004 an XML catalog maps the
 * W3C's xml.xsd to its local copy. The schemas are read where they are, never copied into the
 * project.
 */
class ManifestSchemaTest {

    /**
     * The one message libxml2 gives for the SCORM 1.2 set's ims_xml.xsd, which it loads anyway (see
     * the schemas' README).
     */
    private static final String KNOWN_12_WARNING =
            "xml namespace URI cannot be the default namespace";

    @TempDir static Path work;

    private static Path schemas;

    @BeforeAll
    static void findSchemas() {
        schemas =
                Path.of(System.getProperty("scorm.schemas", "../shared/scorm-schemas"))
                        .toAbsolutePath()
                        .normalize();
        assertThat(schemas.resolve("scorm12/imscp_rootv1p1p2.xsd"))
                .as("the official schemas beside the project")
                .isRegularFile();
        assertThat(schemas.resolve("scorm2004-4th/imscp_v1p1.xsd")).isRegularFile();
        try {
            assertThat(
                            new ProcessBuilder("xmllint", "--version")
                                    .redirectErrorStream(true)
                                    .start()
                                    .waitFor())
                    .isZero();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(
                    "xmllint is missing: ./test.sh installs it (libxml2-utils) when run as root",
                    e);
        }
    }

    private record Validation(int exitCode, List<String> messages) {}

    private static String driver(ScormEdition edition) {
        List<String[]> imports =
                edition == ScormEdition.SCORM_12
                        ? List.of(
                                new String[] {
                                    Scorm12Manifest.IMSCP, "scorm12/imscp_rootv1p1p2.xsd"
                                },
                                new String[] {Scorm12Manifest.ADLCP, "scorm12/adlcp_rootv1p2.xsd"},
                                new String[] {
                                    "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
                                    "scorm12/imsmd_rootv1p2p1.xsd"
                                })
                        : List.of(
                                new String[] {
                                    Scorm2004Manifest.IMSCP, "scorm2004-4th/imscp_v1p1.xsd"
                                },
                                new String[] {
                                    Scorm2004Manifest.ADLCP, "scorm2004-4th/adlcp_v1p3.xsd"
                                },
                                new String[] {
                                    Scorm2004Manifest.ADLSEQ, "scorm2004-4th/adlseq_v1p3.xsd"
                                },
                                new String[] {
                                    Scorm2004Manifest.ADLNAV, "scorm2004-4th/adlnav_v1p3.xsd"
                                },
                                new String[] {
                                    Scorm2004Manifest.IMSSS, "scorm2004-4th/imsss_v1p0.xsd"
                                });
        StringBuilder xsd =
                new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n");
        for (String[] i : imports) {
            xsd.append("  <xsd:import namespace=\"")
                    .append(i[0])
                    .append("\" schemaLocation=\"")
                    .append(schemas.resolve(i[1]).toUri())
                    .append("\"/>\n");
        }
        return xsd.append("</xsd:schema>\n").toString();
    }

    private static Validation validate(ScormEdition edition, byte[] manifest, String name)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(name));
        Path file = Files.write(dir.resolve("imsmanifest.xml"), manifest);
        Path xsd = Files.writeString(dir.resolve("driver.xsd"), driver(edition));
        Path catalog =
                Files.writeString(
                        dir.resolve("catalog.xml"),
                        "<?xml version=\"1.0\"?>\n"
                                + "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
                                + "  <uri name=\"http://www.w3.org/2001/xml.xsd\" uri=\""
                                + schemas.resolve("scorm2004-4th/xml.xsd").toUri()
                                + "\"/>\n"
                                + "  <system systemId=\"http://www.w3.org/2001/xml.xsd\" uri=\""
                                + schemas.resolve("scorm2004-4th/xml.xsd").toUri()
                                + "\"/>\n"
                                + "</catalog>\n");
        ProcessBuilder process =
                new ProcessBuilder(
                                "xmllint",
                                "--noout",
                                "--nonet",
                                "--schema",
                                xsd.toString(),
                                file.toString())
                        .redirectErrorStream(true);
        process.environment().put("XML_CATALOG_FILES", catalog.toString());
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> messages =
                output.lines()
                        .filter(line -> !line.endsWith(" validates"))
                        .filter(
                                line ->
                                        !(edition == ScormEdition.SCORM_12
                                                && line.contains(KNOWN_12_WARNING)))
                        // libxml2 echoes the offending source line and a caret under a message: not
                        // messages of their own.
                        .filter(line -> line.contains(":") && !line.trim().equals("^"))
                        .filter(line -> !line.startsWith("filename=ims_xml.xsd"))
                        .toList();
        return new Validation(run.exitValue(), messages);
    }

    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("scorm12 fr", ExportOptions.of(ScormEdition.SCORM_12)),
                Arguments.of(
                        "scorm12 en, pass mark 0",
                        ExportOptions.of(ScormEdition.SCORM_12).withLanguage("en").withPassMark(0)),
                Arguments.of(
                        "scorm12 fr, pass mark 100",
                        ExportOptions.of(ScormEdition.SCORM_12).withPassMark(100)),
                Arguments.of("scorm2004 fr", ExportOptions.of(ScormEdition.SCORM_2004)),
                Arguments.of(
                        "scorm2004 en, all quizzes passed",
                        ExportOptions.of(ScormEdition.SCORM_2004)
                                .withLanguage("en")
                                .withCompletion(CompletionRule.ALL_QUIZZES_PASSED)
                                .withRandomise(false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theManifestIsValidAgainstTheOfficialSchemas(String name, ExportOptions options)
            throws Exception {
        byte[] manifest =
                PackageInspection.entries(ExportedPackages.export(options).bytes())
                        .get("imsmanifest.xml");
        Validation validation = validate(options.edition(), manifest, name.replaceAll("\\W+", "-"));
        assertThat(validation.messages()).as("xmllint messages").isEmpty();
        assertThat(validation.exitCode()).isZero();
    }

    /** The check is real: the same validator refuses a manifest the schemas do not allow. */
    @Test
    void theValidatorRefusesAManifestTheSchemasDoNotAllow() throws Exception {
        byte[] manifest =
                PackageInspection.entries(
                                ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_12))
                                        .bytes())
                        .get("imsmanifest.xml");
        String broken =
                new String(manifest, StandardCharsets.UTF_8)
                        .replace("<organizations ", "<organisations ")
                        .replace("</organizations>", "</organisations>");
        Validation validation =
                validate(
                        ScormEdition.SCORM_12,
                        broken.getBytes(StandardCharsets.UTF_8),
                        "broken-12");
        assertThat(validation.exitCode()).isNotZero();
        assertThat(validation.messages()).anyMatch(m -> m.contains("organisations"));

        byte[] manifest2004 =
                PackageInspection.entries(
                                ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_2004))
                                        .bytes())
                        .get("imsmanifest.xml");
        String broken2004 =
                new String(manifest2004, StandardCharsets.UTF_8)
                        .replace(
                                "completionSetByContent=\"true\"",
                                "completionSetByContent=\"yes\"");
        Validation validation2004 =
                validate(
                        ScormEdition.SCORM_2004,
                        broken2004.getBytes(StandardCharsets.UTF_8),
                        "broken-2004");
        assertThat(validation2004.exitCode()).isNotZero();
        assertThat(validation2004.messages()).anyMatch(m -> m.contains("completionSetByContent"));
    }
}
