package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Parses small XML documents (sitemaps, OPML, feeds) safely: no external DTD or entity is ever loaded. */
public final class XmlDocuments {
    private XmlDocuments() {}

    /** The parsed document; throws IllegalArgumentException with the parser's message when it is not XML. */
    public static Document parse(byte[] bytes) {
        return parse(bytes, false);
    }

    /**
     * As {@link #parse(byte[])}; with {@code allowDoctype} a DOCTYPE declaration (RSS 0.91 has one) is accepted, but
     * its external DTD is still not loaded.
     */
    static Document parse(byte[] bytes, boolean allowDoctype) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !allowDoctype);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("invalid XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
    }

    /** The child elements of {@code parent} with this local name, in document order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The stripped text of the first child element with this local name, or empty. */
    public static String childText(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    public static String localName(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }
}
