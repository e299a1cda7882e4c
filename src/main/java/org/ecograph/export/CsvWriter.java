package org.ecograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.export.Attributes.Attribute;

/**
 * CSV by RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (quotes
 * doubled), UTF-8 without a byte order mark. {@link #NODES} writes {@code id,label,kind,<properties>};
 * {@link #EDGES} writes {@code id,source,target,kind,<properties>}; lists are joined by
 * {@value Attributes#LIST_SEPARATOR}, dates ISO.
 */
final class CsvWriter implements SubgraphWriter {

	/** The node list. */
	static final CsvWriter NODES = new CsvWriter(graph -> table(List.of("id"), Attributes.ofNodes(graph.nodes()),
			graph.nodes(), node -> List.of(node.id()), Attributes::values));

	/** The edge list. */
	static final CsvWriter EDGES = new CsvWriter(graph -> table(List.of("id", "source", "target"),
			without(Attributes.ofEdges(graph.edges()), "id"), graph.edges(),
			edge -> List.of(edge.id(), edge.source(), edge.target()), Attributes::values));

	private static final String CRLF = "\r\n";

	private final Function<Subgraph, List<List<String>>> rows;

	private CsvWriter(Function<Subgraph, List<List<String>>> rows) {
		this.rows = rows;
	}

	@Override
	public void write(Subgraph graph, OutputStream out) throws IOException {
		Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		for (List<String> row : this.rows.apply(graph)) {
			text.write(String.join(",", row.stream().map(CsvWriter::field).toList()));
			text.write(CRLF);
		}
		text.flush();
	}

	/** The field as RFC 4180 wants it: quoted, quotes doubled, when it holds a comma, quote, CR or LF. */
	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private static <T> List<List<String>> table(List<String> keyColumns, List<Attribute> attributes, List<T> items,
			Function<T, List<String>> keys, Function<T, Map<String, Object>> values) {
		List<List<String>> rows = new ArrayList<>(items.size() + 1);
		List<String> header = new ArrayList<>(keyColumns);
		attributes.forEach(attribute -> header.add(attribute.name()));
		rows.add(header);
		for (T item : items) {
			List<String> row = new ArrayList<>(keys.apply(item));
			Map<String, Object> itemValues = values.apply(item);
			attributes.forEach(attribute -> row.add(attribute.text(itemValues.get(attribute.name()))));
			rows.add(row);
		}
		return rows;
	}

	private static List<Attribute> without(List<Attribute> attributes, String name) {
		return attributes.stream().filter(attribute -> !attribute.name().equals(name)).toList();
	}

}
