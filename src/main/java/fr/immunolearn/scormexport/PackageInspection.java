package fr.immunolearn.scormexport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a finished zip back, as an LMS would, and checks what would make an LMS refuse it or
 * misbehave. It looks at the bytes, not at what the exporter meant to write.
 *
 * <p>Schema validation is not among these checks: the official schemas do not travel with the
 * application, and the JDK's validator refuses SCORM 1.2's {@code ims_xml.xsd} outright. The tests
 * validate every manifest with xmllint against the official copies instead.
 */
final class PackageInspection {

    private static final String MANIFEST = "imsmanifest.xml";

    private PackageInspection() {}

    static List<PackageCheck> inspect(byte[] zip, ScormEdition edition, int passMark) {
        List<PackageCheck> checks = new ArrayList<>();
        Map<String, byte[]> entries = entries(zip);
        checks.add(safeNames(entries.keySet()));
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            checks.add(
                    PackageCheck.fail(
                            "manifest-at-root",
                            "the manifest is at the package root",
                            "no " + MANIFEST + " at the root"));
            return checks;
        }
        Document manifest;
        try {
            manifest = parse(manifestBytes);
            checks.add(
                    PackageCheck.pass(
                            "manifest-well-formed",
                            "the manifest is well-formed XML",
                            MANIFEST + ", " + manifestBytes.length + " bytes"));
        } catch (Exception e) {
            checks.add(
                    PackageCheck.fail(
                            "manifest-well-formed",
                            "the manifest is well-formed XML",
                            e.getMessage()));
            return checks;
        }
        checks.add(listedFilesPresent(manifest, entries.keySet()));
        checks.add(noStrayFiles(manifest, entries.keySet()));
        checks.add(uniqueIdentifiers(manifest));
        checks.add(
                edition == ScormEdition.SCORM_12
                        ? masteryScore(manifest, passMark)
                        : trustedSequencing(manifest));
        checks.add(lmsIdentifiers(entries.get(PlayerFiles.COURSE_SCRIPT)));
        return checks;
    }

    /** Every entry's name and bytes, in zip order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the package is not a readable zip", e);
        }
        return entries;
    }

    private static PackageCheck safeNames(Set<String> names) {
        String id = "safe-entry-names";
        String name = "every entry stays inside the package root";
        List<String> unsafe = names.stream().filter(n -> !isSafe(n)).toList();
        return unsafe.isEmpty()
                ? PackageCheck.pass(id, name, names.size() + " files")
                : PackageCheck.fail(id, name, "unsafe names: " + unsafe);
    }

    /** Relative, forward slashes only, no parent step, no drive letter, no empty or dot segment. */
    static boolean isSafe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")
                || name.endsWith("/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static PackageCheck listedFilesPresent(Document manifest, Set<String> names) {
        String id = "listed-files-present";
        String name = "every file the manifest lists is in the package";
        Set<String> hrefs = hrefs(manifest);
        Set<String> missing = new TreeSet<>(hrefs);
        missing.removeAll(names);
        return missing.isEmpty()
                ? PackageCheck.pass(id, name, hrefs.size() + " files listed")
                : PackageCheck.fail(id, name, "missing: " + missing);
    }

    private static PackageCheck noStrayFiles(Document manifest, Set<String> names) {
        String id = "no-stray-file";
        String name = "every file in the package is listed by the manifest";
        Set<String> stray = new TreeSet<>(names);
        stray.remove(MANIFEST);
        stray.removeAll(hrefs(manifest));
        return stray.isEmpty()
                ? PackageCheck.pass(id, name, "no stray file")
                : PackageCheck.fail(id, name, "not listed: " + stray);
    }

    static Set<String> hrefs(Document manifest) {
        Set<String> hrefs = new TreeSet<>();
        NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String local = element.getLocalName();
            if ((local.equals("file") || local.equals("resource"))
                    && element.hasAttribute("href")) {
                hrefs.add(element.getAttribute("href"));
            }
        }
        return hrefs;
    }

    private static PackageCheck uniqueIdentifiers(Document manifest) {
        String id = "unique-identifiers";
        String name = "identifiers are unique";
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("identifier")
                    && !seen.add(element.getAttribute("identifier"))) {
                repeated.add(element.getAttribute("identifier"));
            }
        }
        return repeated.isEmpty()
                ? PackageCheck.pass(id, name, seen.size() + " identifiers")
                : PackageCheck.fail(id, name, "repeated: " + repeated);
    }

    private static PackageCheck masteryScore(Document manifest, int passMark) {
        String id = "mastery-score";
        String name = "the mastery score is the pass mark";
        NodeList scores = manifest.getElementsByTagNameNS(Scorm12Manifest.ADLCP, "masteryscore");
        if (scores.getLength() != 1) {
            return PackageCheck.fail(id, name, scores.getLength() + " adlcp:masteryscore elements");
        }
        String value = scores.item(0).getTextContent();
        return value.equals(Integer.toString(passMark))
                ? PackageCheck.pass(id, name, value)
                : PackageCheck.fail(id, name, value + " instead of " + passMark);
    }

    private static PackageCheck trustedSequencing(Document manifest) {
        String id = "set-by-content";
        String name = "the LMS takes completion and success from the content";
        NodeList controls =
                manifest.getElementsByTagNameNS(Scorm2004Manifest.IMSSS, "deliveryControls");
        for (int i = 0; i < controls.getLength(); i++) {
            Element control = (Element) controls.item(i);
            if (control.getAttribute("completionSetByContent").equals("true")
                    && control.getAttribute("objectiveSetByContent").equals("true")) {
                return PackageCheck.pass(
                        id, name, "completionSetByContent and objectiveSetByContent are true");
            }
        }
        return PackageCheck.fail(
                id,
                name,
                "no imsss:deliveryControls with completionSetByContent and"
                        + " objectiveSetByContent true");
    }

    /**
     * The identifiers course.js gives the player to write: each must pass every LMS's rule ({@link
     * LmsIdentifiers#valid}), and within each namespace two content ids never share one, or the LMS
     * would file two answers, choices or objectives as the same.
     */
    static PackageCheck lmsIdentifiers(byte[] script) {
        String id = "lms-identifiers";
        String name =
                "every identifier written to the LMS is valid in every LMS and names one thing";
        JsonNode course;
        try {
            course = script == null ? null : CourseScript.read(script).path("course");
        } catch (Exception e) {
            return PackageCheck.fail(
                    id, name, PlayerFiles.COURSE_SCRIPT + " cannot be read: " + e.getMessage());
        }
        if (course == null) {
            return PackageCheck.fail(id, name, "no " + PlayerFiles.COURSE_SCRIPT);
        }
        List<String> problems = new ArrayList<>();
        List<Namespace> namespaces = new ArrayList<>();
        Namespace lessons = new Namespace("lessons", LmsIdentifiers.MAX_LENGTH, problems);
        course.path("lessons").forEach(lessons::add);
        namespaces.add(lessons);
        Namespace questions =
                new Namespace("questions", LmsIdentifiers.QUESTION_MAX_LENGTH, problems);
        namespaces.add(questions);
        for (JsonNode quiz : course.path("quizzes")) {
            for (JsonNode question : quiz.path("questions")) {
                questions.add(question);
                String objective = lessons.identifier(question.path("lesson").asText());
                if (!question.path("objective").asText().equals(objective)) {
                    problems.add(
                            "question \""
                                    + question.path("id").asText()
                                    + "\" counts towards \""
                                    + question.path("objective").asText()
                                    + "\", not its lesson's \""
                                    + objective
                                    + "\"");
                }
                for (String part : List.of("choices", "pairs", "items")) {
                    Namespace within =
                            new Namespace(
                                    part + " of " + question.path("id").asText(),
                                    LmsIdentifiers.MAX_LENGTH,
                                    problems);
                    question.path(part).forEach(within::add);
                    namespaces.add(within);
                }
            }
        }
        int count = namespaces.stream().mapToInt(Namespace::size).sum();
        return problems.isEmpty()
                ? PackageCheck.pass(
                        id,
                        name,
                        count
                                + " identifiers: lessons, questions, and each"
                                + " question's choices, pairs or items")
                : PackageCheck.fail(
                        id,
                        name,
                        String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                                + (problems.size() > 5
                                        ? " (" + problems.size() + " problems)"
                                        : ""));
    }

    /** The identifiers of one namespace, as read: a function of the content id, and one-to-one. */
    private static final class Namespace {
        private final String what;
        private final int maxLength;
        private final List<String> problems;
        private final Map<String, String> byContent = new HashMap<>();
        private final Map<String, String> byIdentifier = new HashMap<>();

        Namespace(String what, int maxLength, List<String> problems) {
            this.what = what;
            this.maxLength = maxLength;
            this.problems = problems;
        }

        void add(JsonNode entry) {
            String content = entry.path("id").asText();
            String identifier = entry.path("lms").isTextual() ? entry.path("lms").asText() : null;
            if (!LmsIdentifiers.valid(identifier, maxLength)) {
                problems.add(
                        what
                                + ": \""
                                + content
                                + "\" has "
                                + (identifier == null
                                        ? "no identifier"
                                        : "\"" + identifier + "\", not valid in every LMS"));
                return;
            }
            String before = byContent.putIfAbsent(content, identifier);
            if (before != null && !before.equals(identifier)) {
                problems.add(what + ": \"" + content + "\" has two identifiers");
            }
            String owner = byIdentifier.putIfAbsent(identifier, content);
            if (owner != null && !owner.equals(content)) {
                problems.add(
                        what
                                + ": \""
                                + owner
                                + "\" and \""
                                + content
                                + "\" share \""
                                + identifier
                                + "\"");
            }
        }

        String identifier(String content) {
            return byContent.get(content);
        }

        int size() {
            return byContent.size();
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // A manifest never needs a DTD; refusing one keeps a hostile file from reaching anything
        // outside.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
