package org.ecograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.export.Attributes.Attribute;

/**
 * GraphML: one {@code <key>} per node attribute ({@code n0, n1, ...}: label, kind, every property) and per edge
 * attribute ({@code e0, e1, ...}: id, kind, every property), typed string, long, double or boolean; a directed
 * graph whose edges carry the claim id as their {@code id}.
 */
final class GraphMlWriter implements SubgraphWriter {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	@Override
	public void write(Subgraph graph, OutputStream out) throws IOException {
		Writer text = Xml.utf8(out);
		try {
			XMLStreamWriter xml = Xml.open(text);
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			List<Attribute> nodeKeys = Attributes.ofNodes(graph.nodes());
			List<Attribute> edgeKeys = Attributes.ofEdges(graph.edges());
			keys(xml, "node", "n", nodeKeys);
			keys(xml, "edge", "e", edgeKeys);
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "ecograph");
			xml.writeAttribute("edgedefault", "directed");
			for (GraphNode node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", Xml.clean(node.id()));
				data(xml, "n", nodeKeys, Attributes.values(node));
				xml.writeEndElement();
			}
			for (GraphEdge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", Xml.clean(edge.id()));
				xml.writeAttribute("source", Xml.clean(edge.source()));
				xml.writeAttribute("target", Xml.clean(edge.target()));
				data(xml, "e", edgeKeys, Attributes.values(edge));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write GraphML", ex);
		}
		text.flush();
	}

	private static void keys(XMLStreamWriter xml, String domain, String prefix, List<Attribute> attributes)
			throws XMLStreamException {
		for (int i = 0; i < attributes.size(); i++) {
			Attribute attribute = attributes.get(i);
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", prefix + i);
			xml.writeAttribute("for", domain);
			xml.writeAttribute("attr.name", Xml.clean(attribute.name()));
			xml.writeAttribute("attr.type", attribute.type().xmlName);
		}
	}

	private static void data(XMLStreamWriter xml, String prefix, List<Attribute> attributes,
			Map<String, Object> values) throws XMLStreamException {
		for (int i = 0; i < attributes.size(); i++) {
			Attribute attribute = attributes.get(i);
			String value = attribute.text(values.get(attribute.name()));
			if (value != null) {
				xml.writeStartElement("data");
				xml.writeAttribute("key", prefix + i);
				xml.writeCharacters(Xml.clean(value));
				xml.writeEndElement();
			}
		}
	}

}
