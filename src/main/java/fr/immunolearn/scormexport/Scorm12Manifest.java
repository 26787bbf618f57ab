package fr.immunolearn.scormexport;

import java.util.List;
import org.w3c.dom.Element;

/**
 * {@code imsmanifest.xml} for SCORM 1.2 (IMS CP 1.1.2 with ADL's extensions): one organisation, one
 * item launching the one SCO, the pass mark as {@code adlcp:masteryscore}, and every file listed.
 *
 * <p>The schemas are not shipped in the package (it stays small, and the project keeps no copy of
 * them), so the manifest names no {@code xsi:schemaLocation} pointing at files the package does not
 * hold; LMSs that validate use their own copies, and the tests validate against the official ones.
 */
final class Scorm12Manifest {

    static final String IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    private Scorm12Manifest() {}

    static byte[] write(ExportedCourse exported, List<String> files) {
        ManifestIds ids = ManifestIds.of(exported);
        ManifestXml xml = new ManifestXml();
        Element manifest = xml.root(IMSCP, "manifest");
        ManifestXml.declare(manifest, "adlcp", ADLCP);
        manifest.setAttribute("identifier", ids.manifest());
        manifest.setAttribute("version", "1.0");

        Element metadata = xml.child(manifest, IMSCP, "metadata");
        xml.child(metadata, IMSCP, "schema", "ADL SCORM");
        xml.child(metadata, IMSCP, "schemaversion", "1.2");

        Element organizations = xml.child(manifest, IMSCP, "organizations");
        organizations.setAttribute("default", ids.organization());
        Element organization = xml.child(organizations, IMSCP, "organization");
        organization.setAttribute("identifier", ids.organization());
        xml.child(organization, IMSCP, "title", exported.course().title());
        Element item = xml.child(organization, IMSCP, "item");
        item.setAttribute("identifier", ids.item());
        item.setAttribute("identifierref", ids.resource());
        item.setAttribute("isvisible", "true");
        xml.child(item, IMSCP, "title", exported.course().title());
        // 1.2 LMSs compare score.raw with this to decide passed or failed when the SCO does not
        // say.
        xml.child(item, ADLCP, "adlcp:masteryscore", Integer.toString(exported.passMark()));

        Element resources = xml.child(manifest, IMSCP, "resources");
        Element resource = xml.child(resources, IMSCP, "resource");
        resource.setAttribute("identifier", ids.resource());
        resource.setAttribute("type", "webcontent");
        resource.setAttributeNS(ADLCP, "adlcp:scormtype", "sco");
        resource.setAttribute("href", ScormExporter.LAUNCH_FILE);
        for (String file : files) {
            xml.child(resource, IMSCP, "file").setAttribute("href", file);
        }
        return xml.bytes();
    }
}
