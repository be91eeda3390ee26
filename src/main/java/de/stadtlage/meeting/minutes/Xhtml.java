package de.stadtlage.meeting.minutes;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A small XHTML builder over the W3C DOM. Texts only ever become text nodes or attribute values, so whatever a
 * task title contains ({@code <b>}, {@code &}, quotes) is escaped by the DOM and prints literally.
 */
final class Xhtml {

    static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final Document document;

    Xhtml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-Parser nicht verfügbar", e);
        }
    }

    Document document() {
        return document;
    }

    /** The root {@code <html>} element, created on first use. */
    Element root(String lang) {
        if (document.getDocumentElement() == null) {
            Element html = document.createElementNS(NAMESPACE, "html");
            html.setAttribute("lang", lang);
            html.setAttribute("xml:lang", lang);
            document.appendChild(html);
        }
        return document.getDocumentElement();
    }

    Element add(Node parent, String tag) {
        Element element = document.createElementNS(NAMESPACE, tag);
        parent.appendChild(element);
        return element;
    }

    Element add(Node parent, String tag, String cssClass) {
        Element element = add(parent, tag);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        return element;
    }

    /** An element holding {@code text} as a text node; null text gives an empty element. */
    Element text(Node parent, String tag, String cssClass, String text) {
        Element element = add(parent, tag, cssClass);
        if (text != null) {
            element.appendChild(document.createTextNode(text));
        }
        return element;
    }

    /** Appends plain text to an element. */
    void append(Element parent, String text) {
        if (text != null) {
            parent.appendChild(document.createTextNode(text));
        }
    }

    /** A table column: heading, CSS width (e.g. "12%"), right-aligned numbers or not. */
    record Column(String heading, String width, boolean numeric) {
    }

    static Column column(String heading, String width) {
        return new Column(heading, width, false);
    }

    /**
     * Columns from compact specs "Heading:width-in-percent", with a trailing "#" for numeric columns, e.g.
     * {@code "Vorfälle:12#"}.
     */
    static List<Column> columns(String... specs) {
        List<Column> columns = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.lastIndexOf(':');
            boolean numeric = spec.endsWith("#");
            String width = spec.substring(colon + 1, spec.length() - (numeric ? 1 : 0)) + "%";
            columns.add(new Column(spec.substring(0, colon), width, numeric));
        }
        return columns;
    }

    /**
     * A table whose header row repeats on every page.
     *
     * @return the tbody to add rows to
     */
    Element table(Node parent, String cssClass, List<Column> columns) {
        Element table = add(parent, "table", cssClass);
        Element colgroup = add(table, "colgroup");
        for (Column column : columns) {
            add(colgroup, "col").setAttribute("style", "width: " + column.width());
        }
        Element headRow = add(add(table, "thead"), "tr");
        for (Column column : columns) {
            text(headRow, "th", column.numeric() ? "num" : null, column.heading()).setAttribute("scope", "col");
        }
        return add(table, "tbody");
    }

    /**
     * A sub-heading, then the table for {@code items}, or with no items a short line saying so.
     *
     * @return the tbody to add rows to, or {@code null} when there are no items
     */
    Element headedTable(Node parent, String heading, List<?> items, String whenEmpty, String cssClass,
                        List<Column> columns) {
        text(parent, "h3", null, heading);
        if (items.isEmpty()) {
            text(parent, "p", "empty", whenEmpty);
            return null;
        }
        return table(parent, cssClass, columns);
    }

    /** A body row; each cell text is escaped. */
    Element row(Element tbody, String cssClass, List<String> cells) {
        Element tr = add(tbody, "tr", cssClass);
        for (String cell : cells) {
            text(tr, "td", null, cell);
        }
        return tr;
    }

    /** The document as XHTML text (for tests and debugging; rendering uses the DOM directly). */
    String serialize() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("XHTML konnte nicht geschrieben werden", e);
        }
    }
}
