package fr.immunolearn.scormexport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.immunolearn.course.CompletionRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each edition's imsmanifest.xml: well-formed, complete, with unique identifiers and what the
 * options say.
 */
class ScormManifestTest {

    private static Document manifest(ScormPackage scorm) throws Exception {
        return PackageInspection.parse(
                PackageInspection.entries(scorm.bytes()).get("imsmanifest.xml"));
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String namespace(ScormEdition edition) {
        return edition == ScormEdition.SCORM_12 ? Scorm12Manifest.IMSCP : Scorm2004Manifest.IMSCP;
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void theManifestIsWellFormedAndListsEveryFileOfThePackageAndNothingElse(ScormEdition edition)
            throws Exception {
        ScormPackage scorm = ExportedPackages.export(ExportOptions.of(edition));
        Map<String, byte[]> entries = PackageInspection.entries(scorm.bytes());
        Document manifest = manifest(scorm);
        String cp = namespace(edition);

        assertThat(manifest.getDocumentElement().getLocalName()).isEqualTo("manifest");
        assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo(cp);
        Set<String> listed = new HashSet<>();
        elements(manifest, cp, "file").forEach(f -> listed.add(f.getAttribute("href")));
        Set<String> inZip = new HashSet<>(entries.keySet());
        inZip.remove("imsmanifest.xml");
        assertThat(listed).as("files listed").isEqualTo(inZip);
        assertThat(listed).contains("index.html", "course.js").containsAll(PlayerFiles.NAMES);
        assertThat(elements(manifest, cp, "organization")).hasSize(1);
        List<Element> resources = elements(manifest, cp, "resource");
        assertThat(resources).hasSize(1);
        Element sco = resources.get(0);
        assertThat(sco.getAttribute("href")).isEqualTo("index.html");
        assertThat(entries).containsKey(sco.getAttribute("href"));
        assertThat(
                        sco.getAttributeNS(
                                edition == ScormEdition.SCORM_12
                                        ? Scorm12Manifest.ADLCP
                                        : Scorm2004Manifest.ADLCP,
                                edition == ScormEdition.SCORM_12 ? "scormtype" : "scormType"))
                .isEqualTo("sco");
        Element item = elements(manifest, cp, "item").get(0);
        assertThat(item.getAttribute("identifierref")).isEqualTo(sco.getAttribute("identifier"));
        assertThat(elements(manifest, cp, "title").get(0).getTextContent())
                .isEqualTo("Comprendre l’immunothérapie");
        assertThat(elements(manifest, cp, "schema").get(0).getTextContent()).isEqualTo("ADL SCORM");
        assertThat(elements(manifest, cp, "schemaversion").get(0).getTextContent())
                .isEqualTo(edition == ScormEdition.SCORM_12 ? "1.2" : "2004 4th Edition");
        assertThat(
                        ((Element) elements(manifest, cp, "organizations").get(0))
                                .getAttribute("default"))
                .isEqualTo(
                        elements(manifest, cp, "organization").get(0).getAttribute("identifier"));
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void identifiersAreUniqueAndValidXmlIds(ScormEdition edition) throws Exception {
        Document manifest = manifest(ExportedPackages.export(ExportOptions.of(edition)));
        List<String> identifiers = new ArrayList<>();
        NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("identifier")) {
                identifiers.add(element.getAttribute("identifier"));
            }
        }
        assertThat(identifiers)
                .hasSize(4)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9_.-]*"), "an NCName");
        assertThat(identifiers.get(0)).isEqualTo("immunolearn-immunotherapie-fr-" + edition.key());
    }

    @Test
    void theScorm12MasteryScoreIsThePassMarkTheOptionsGive() throws Exception {
        Document byContent =
                manifest(ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_12)));
        assertThat(elements(byContent, Scorm12Manifest.ADLCP, "masteryscore"))
                .singleElement()
                .extracting(Element::getTextContent)
                .isEqualTo("80");
        Document overridden =
                manifest(
                        ExportedPackages.export(
                                ExportOptions.of(ScormEdition.SCORM_12).withPassMark(65)));
        assertThat(elements(overridden, Scorm12Manifest.ADLCP, "masteryscore"))
                .singleElement()
                .extracting(Element::getTextContent)
                .isEqualTo("65");
    }

    @Test
    void theScorm2004ItemLetsTheContentSetCompletionAndSuccess() throws Exception {
        Document manifest =
                manifest(
                        ExportedPackages.export(
                                ExportOptions.of(ScormEdition.SCORM_2004)
                                        .withCompletion(CompletionRule.ALL_QUIZZES_PASSED)));
        List<Element> controls = elements(manifest, Scorm2004Manifest.IMSSS, "deliveryControls");
        assertThat(controls)
                .singleElement()
                .satisfies(
                        control -> {
                            assertThat(control.getAttribute("completionSetByContent"))
                                    .isEqualTo("true");
                            assertThat(control.getAttribute("objectiveSetByContent"))
                                    .isEqualTo("true");
                            assertThat(control.getAttribute("tracked")).isEqualTo("true");
                            assertThat(
                                            ((Element) control.getParentNode().getParentNode())
                                                    .getLocalName())
                                    .isEqualTo("item");
                        });
        assertThat(elements(manifest, Scorm2004Manifest.IMSSS, "controlMode"))
                .singleElement()
                .satisfies(mode -> assertThat(mode.getAttribute("flow")).isEqualTo("true"));
        assertThat(elements(manifest, Scorm12Manifest.ADLCP, "masteryscore")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormEdition.class)
    void thePackagesOwnChecksAllPass(ScormEdition edition) {
        ScormPackage scorm = ExportedPackages.export(ExportOptions.of(edition));
        assertThat(scorm.checks()).hasSize(7).allMatch(PackageCheck::passed);
        assertThat(scorm.sound()).isTrue();
    }

    @Test
    void theChecksCatchAManifestThatListsAMissingFile() {
        ScormPackage scorm = ExportedPackages.export(ExportOptions.of(ScormEdition.SCORM_12));
        Map<String, byte[]> entries =
                new java.util.LinkedHashMap<>(PackageInspection.entries(scorm.bytes()));
        entries.remove("player.css");
        entries.put("../stray.txt", new byte[] {1});
        List<PackageCheck> checks =
                PackageInspection.inspect(PackageArchive.zip(entries), ScormEdition.SCORM_12, 80);
        assertThat(checks)
                .filteredOn(c -> !c.passed())
                .extracting(PackageCheck::name)
                .containsExactlyInAnyOrder(
                        "every entry stays inside the package root",
                        "every file the manifest lists is in the package",
                        "every file in the package is listed by the manifest");
        assertThat(PackageInspection.inspect(scorm.bytes(), ScormEdition.SCORM_12, 70))
                .filteredOn(c -> !c.passed())
                .extracting(PackageCheck::detail)
                .containsExactly("80 instead of 70");
    }
}
