package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same content and options give the same bytes, whatever the machine's clock or time zone;
 * entries are safe names inside the package root, and the package is small.
 */
class PackageDeterminismTest {

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void twoExportsOfTheSameCourseAndOptionsAreByteIdentical(ScormEdition edition) {
        ExportOptions options = ExportOptions.of(edition).withLanguage("en").withPassMark(75);
        byte[] first = ExportedPackages.export(options).bytes();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] second = ExportedPackages.export(options).bytes();
            assertThat(second).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void differentOptionsGiveDifferentPackages() {
        byte[] byDefault = ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_12)).bytes();
        assertThat(
                        ExportedPackages.export(
                                        ExportOptions.of(ScormEdition.SCORM_12).withPassMark(70))
                                .bytes())
                .isNotEqualTo(byDefault);
        assertThat(ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_2004)).bytes())
                .isNotEqualTo(byDefault);
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void entriesAreSafeNamesWithAFixedTimeInAStableOrder(ScormEdition edition) throws IOException {
        byte[] zip = ExportedPackages.export(ExportOptions.of(edition)).bytes();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal())
                        .as(entry.getName())
                        .isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                assertThat(entry.getExtra()).as("no extra field in " + entry.getName()).isNull();
                assertThat(entry.isDirectory()).isFalse();
            }
        }
        List<String> expected = new ArrayList<>(List.of("imsmanifest.xml"));
        expected.addAll(PlayerFiles.NAMES);
        expected.add(PlayerFiles.COURSE_SCRIPT);
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(names)
                .allMatch(PackageInspection::isSafe)
                .noneMatch(n -> n.contains("..") || n.startsWith("/"));
    }

    @Test
    void unsafeNamesAreRecognised() {
        assertThat(
                        List.of(
                                "../x",
                                "/etc/passwd",
                                "a/../../b",
                                "C:/x",
                                "a\\b",
                                "",
                                "a/",
                                "./a",
                                "a//b"))
                .noneMatch(PackageInspection::isSafe);
        assertThat(List.of("index.html", "js/player.js")).allMatch(PackageInspection::isSafe);
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void everyTextFileButTheManifestIsAsciiSoNoServerCharsetCanGarbleIt(ScormEdition edition) {
        Map<String, byte[]> entries =
                PackageInspection.entries(
                        ExportedPackages.export(ExportOptions.of(edition)).bytes());
        entries.forEach(
                (name, bytes) -> {
                    if (!name.equals("imsmanifest.xml")) {
                        for (byte b : bytes) {
                            assertThat(b & 0xFF).as("a byte of " + name).isLessThan(0x80);
                        }
                    }
                });
        assertThat(new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /**
     * A product requirement about bytes: the whole SCORM 1.2 package of this course stays within
     * 100 KB.
     */
    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void thePackageOfThisCourseStaysWithin100Kilobytes(ScormEdition edition) {
        for (String language : List.of("fr", "en")) {
            assertThat(
                            ExportedPackages.export(
                                            ExportOptions.of(edition).withLanguage(language))
                                    .size())
                    .as(edition + " " + language)
                    .isLessThanOrEqualTo(100 * 1024);
        }
    }
}
