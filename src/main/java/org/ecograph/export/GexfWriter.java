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
import org.ecograph.model.AmountKind;

/**
 * GEXF 1.3, a static directed graph: nodes with their name as {@code label}; edges with {@code label} = the relation
 * kind and a {@link #weight(GraphEdge) weight}; every other column declared in {@code <attributes class="node">} or
 * {@code class="edge"} (ids {@code 0, 1, ...}) and given per element in {@code <attvalues>}.
 */
final class GexfWriter implements SubgraphWriter {

	static final String NAMESPACE = "http://gexf.net/1.3";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** USD per unit of weight: weights are amounts in billions of US dollars. */
	static final double USD_PER_WEIGHT = 1e9;

	@Override
	public void write(Subgraph graph, OutputStream out) throws IOException {
		Writer text = Xml.utf8(out);
		try {
			XMLStreamWriter xml = Xml.open(text);
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "gexf");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("meta");
			xml.writeStartElement("creator");
			xml.writeCharacters("Ecograph");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("mode", "static");
			List<Attribute> nodeAttributes = without(Attributes.ofNodes(graph.nodes()), "label");
			List<Attribute> edgeAttributes = Attributes.ofEdges(graph.edges());
			declare(xml, "node", nodeAttributes);
			declare(xml, "edge", edgeAttributes);
			xml.writeStartElement("nodes");
			for (GraphNode node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", Xml.clean(node.id()));
				xml.writeAttribute("label", Xml.clean(node.label() == null ? node.id() : node.label()));
				values(xml, nodeAttributes, Attributes.values(node));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			for (GraphEdge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", Xml.clean(edge.id()));
				xml.writeAttribute("source", Xml.clean(edge.source()));
				xml.writeAttribute("target", Xml.clean(edge.target()));
				xml.writeAttribute("label", edge.kind().name());
				xml.writeAttribute("weight", Double.toString(weight(edge)));
				values(xml, edgeAttributes, Attributes.values(edge));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write GEXF", ex);
		}
		text.flush();
	}

	/**
	 * The edge's amount in billions of US dollars when it has a positive {@code amountUsd} that is a flow, else 1:
	 * money flows stand out in Gephi's layouts and edge sizing, and a relation without an amount counts like a
	 * billion dollars. An announced size, valuation, estimate or target ({@code amountKind}) is not a flow and weighs
	 * 1, as in the analysis.
	 */
	static double weight(GraphEdge edge) {
		Object kind = edge.properties().get(AmountKind.PROPERTY);
		if (edge.properties().get("amountUsd") instanceof Number amount && amount.doubleValue() > 0
				&& AmountKind.isFlow(kind == null ? null : kind.toString())) {
			return amount.doubleValue() / USD_PER_WEIGHT;
		}
		return 1.0;
	}

	private static List<Attribute> without(List<Attribute> attributes, String name) {
		return attributes.stream().filter(attribute -> !attribute.name().equals(name)).toList();
	}

	private static void declare(XMLStreamWriter xml, String domain, List<Attribute> attributes)
			throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", domain);
		xml.writeAttribute("mode", "static");
		for (int i = 0; i < attributes.size(); i++) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", Integer.toString(i));
			xml.writeAttribute("title", Xml.clean(attributes.get(i).name()));
			xml.writeAttribute("type", attributes.get(i).type().xmlName);
		}
		xml.writeEndElement();
	}

	private static void values(XMLStreamWriter xml, List<Attribute> attributes, Map<String, Object> values)
			throws XMLStreamException {
		xml.writeStartElement("attvalues");
		for (int i = 0; i < attributes.size(); i++) {
			String value = attributes.get(i).text(values.get(attributes.get(i).name()));
			if (value != null) {
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", Integer.toString(i));
				xml.writeAttribute("value", Xml.clean(value));
			}
		}
		xml.writeEndElement();
	}

}
