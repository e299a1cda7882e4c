package org.ecograph.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exported file read back with a real parser, for tests: nodes and edges by id, each with its values as text by
 * attribute name (edges also with {@code source} and {@code target}); JSON arrays joined like the text formats join
 * lists.
 */
public record ParsedGraph(Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {

	public static ParsedGraph graphMl(byte[] file) throws Exception {
		String ns = GraphMlWriter.NAMESPACE;
		Document doc = parse(file);
		Map<String, String> keys = new LinkedHashMap<>();
		for (Element key : elements(doc.getElementsByTagNameNS(ns, "key"))) {
			keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
		}
		Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
		for (Element node : elements(doc.getElementsByTagNameNS(ns, "node"))) {
			nodes.put(node.getAttribute("id"), graphMlData(node, keys, new LinkedHashMap<>()));
		}
		Map<String, Map<String, String>> edges = new LinkedHashMap<>();
		for (Element edge : elements(doc.getElementsByTagNameNS(ns, "edge"))) {
			edges.put(edge.getAttribute("id"), graphMlData(edge, keys, endpoints(edge)));
		}
		return new ParsedGraph(nodes, edges);
	}

	public static ParsedGraph gexf(byte[] file) throws Exception {
		String ns = GexfWriter.NAMESPACE;
		Document doc = parse(file);
		Map<String, Map<String, String>> titles = new LinkedHashMap<>();
		for (Element attributes : elements(doc.getElementsByTagNameNS(ns, "attributes"))) {
			Map<String, String> byId = new LinkedHashMap<>();
			for (Element attribute : elements(attributes.getElementsByTagNameNS(ns, "attribute"))) {
				byId.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
			}
			titles.put(attributes.getAttribute("class"), byId);
		}
		Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
		for (Element node : elements(doc.getElementsByTagNameNS(ns, "node"))) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("label", node.getAttribute("label"));
			nodes.put(node.getAttribute("id"), gexfValues(node, titles.get("node"), values));
		}
		Map<String, Map<String, String>> edges = new LinkedHashMap<>();
		for (Element edge : elements(doc.getElementsByTagNameNS(ns, "edge"))) {
			Map<String, String> values = endpoints(edge);
			values.put("label", edge.getAttribute("label"));
			values.put("weight", edge.getAttribute("weight"));
			edges.put(edge.getAttribute("id"), gexfValues(edge, titles.get("edge"), values));
		}
		return new ParsedGraph(nodes, edges);
	}

	public static ParsedGraph cytoscapeJson(byte[] file) {
		JsonNode elements = JsonMapper.builder().build().readTree(file).path("elements");
		return new ParsedGraph(jsonElements(elements.path("nodes")), jsonElements(elements.path("edges")));
	}

	public static ParsedGraph csv(byte[] nodesFile, byte[] edgesFile) {
		return new ParsedGraph(csvRows(nodesFile), csvRows(edgesFile));
	}

	private static Map<String, Map<String, String>> csvRows(byte[] file) {
		return CsvReader.rows(new String(file, StandardCharsets.UTF_8))
			.stream()
			.collect(Collectors.toMap(row -> row.get("id"), row -> row, (a, b) -> a, LinkedHashMap::new));
	}

	private static Map<String, Map<String, String>> jsonElements(JsonNode elements) {
		Map<String, Map<String, String>> byId = new LinkedHashMap<>();
		for (JsonNode element : elements.values()) {
			Map<String, String> values = new LinkedHashMap<>();
			element.path("data").properties().forEach(e -> values.put(e.getKey(), jsonText(e.getValue())));
			byId.put(values.get("id"), values);
		}
		return byId;
	}

	private static String jsonText(JsonNode value) {
		if (value.isArray()) {
			return value.values().stream().map(JsonNode::asString).collect(Collectors.joining("; "));
		}
		return value.asString();
	}

	private static Map<String, String> graphMlData(Element element, Map<String, String> keys,
			Map<String, String> values) {
		for (Element data : elements(element.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "data"))) {
			values.put(keys.get(data.getAttribute("key")), data.getTextContent());
		}
		return values;
	}

	private static Map<String, String> gexfValues(Element element, Map<String, String> titles,
			Map<String, String> values) {
		for (Element value : elements(element.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue"))) {
			values.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
		}
		return values;
	}

	private static Map<String, String> endpoints(Element edge) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("source", edge.getAttribute("source"));
		values.put("target", edge.getAttribute("target"));
		return values;
	}

	private static Document parse(byte[] file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
	}

	private static List<Element> elements(NodeList list) {
		return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
	}

}
