package fr.immunolearn.scormexport;

import java.util.List;
import org.w3c.dom.Element;

/**
 * {@code imsmanifest.xml} for SCORM 2004 4th edition: one organisation, one item launching the one
 * SCO, and the sequencing that tells the LMS to take completion and success from the content rather
 * than guess them (by default a 2004 LMS marks an item completed and satisfied as soon as it is
 * launched and exited). Like the 1.2 manifest, it names no {@code xsi:schemaLocation}: the schemas
 * are not in the package.
 */
final class Scorm2004Manifest {

    static final String IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
    static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";

    private Scorm2004Manifest() {}

    static byte[] write(ExportedCourse exported, List<String> files) {
        ManifestIds ids = ManifestIds.of(exported);
        ManifestXml xml = new ManifestXml();
        Element manifest = xml.root(IMSCP, "manifest");
        ManifestXml.declare(manifest, "adlcp", ADLCP);
        ManifestXml.declare(manifest, "adlseq", ADLSEQ);
        ManifestXml.declare(manifest, "adlnav", ADLNAV);
        ManifestXml.declare(manifest, "imsss", IMSSS);
        manifest.setAttribute("identifier", ids.manifest());
        manifest.setAttribute("version", "1.0");

        Element metadata = xml.child(manifest, IMSCP, "metadata");
        xml.child(metadata, IMSCP, "schema", "ADL SCORM");
        xml.child(metadata, IMSCP, "schemaversion", "2004 4th Edition");

        Element organizations = xml.child(manifest, IMSCP, "organizations");
        organizations.setAttribute("default", ids.organization());
        Element organization = xml.child(organizations, IMSCP, "organization");
        organization.setAttribute("identifier", ids.organization());
        xml.child(organization, IMSCP, "title", exported.course().title());
        Element item = xml.child(organization, IMSCP, "item");
        item.setAttribute("identifier", ids.item());
        item.setAttribute("identifierref", ids.resource());
        xml.child(item, IMSCP, "title", exported.course().title());
        Element itemSequencing = xml.child(item, IMSSS, "imsss:sequencing");
        Element delivery = xml.child(itemSequencing, IMSSS, "imsss:deliveryControls");
        delivery.setAttribute("tracked", "true");
        delivery.setAttribute("completionSetByContent", "true");
        delivery.setAttribute("objectiveSetByContent", "true");
        Element organizationSequencing = xml.child(organization, IMSSS, "imsss:sequencing");
        Element controlMode = xml.child(organizationSequencing, IMSSS, "imsss:controlMode");
        controlMode.setAttribute("choice", "true");
        controlMode.setAttribute("flow", "true");

        Element resources = xml.child(manifest, IMSCP, "resources");
        Element resource = xml.child(resources, IMSCP, "resource");
        resource.setAttribute("identifier", ids.resource());
        resource.setAttribute("type", "webcontent");
        resource.setAttributeNS(ADLCP, "adlcp:scormType", "sco");
        resource.setAttribute("href", ScormExporter.LAUNCH_FILE);
        for (String file : files) {
            xml.child(resource, IMSCP, "file").setAttribute("href", file);
        }
        return xml.bytes();
    }
}
