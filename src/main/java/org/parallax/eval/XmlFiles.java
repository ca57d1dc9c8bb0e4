package org.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Parses gold XML safely (no DTDs, no external entities) and lists its elements. */
final class XmlFiles {

    private XmlFiles() {
    }

    static Document parse(Path file) throws GoldFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new GoldFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every element named {@code tag} in {@code d}, in document order. */
    static List<Element> elements(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(l.getLength());
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** The elements directly inside the first {@code Markables} of a CAT document (MEANTIME, ECB+); none without. */
    static List<Element> markables(Document d) {
        NodeList ms = d.getElementsByTagName("Markables");
        List<Element> out = new ArrayList<>();
        if (ms.getLength() > 0) {
            for (Node n = ms.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
