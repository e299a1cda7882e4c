package org.ecograph.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksDoublingQuotes() {
		assertThat(CsvWriter.field("plain 能源部")).isEqualTo("plain 能源部");
		assertThat(CsvWriter.field("A & B <c>")).isEqualTo("A & B <c>");
		assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
		assertThat(CsvWriter.field(null)).isEmpty();
	}

	@Test
	void writesTheNodesWithAHeaderRowAndNoByteOrderMark() throws Exception {
		byte[] file = TrickyGraph.write(CsvWriter.NODES);
		assertThat(file[0]).isEqualTo((byte) 'i');
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("id,label,kind,aliases,announcedOn,listed,name,records\r\n");
		List<Map<String, String>> rows = CsvReader.rows(text);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("id", "company:a")
			.containsEntry("label", TrickyGraph.TRICKY)
			.containsEntry("aliases", "能源部; A&B")
			.containsEntry("records", "12.0");
		assertThat(rows.get(1)).isEqualTo(
				Map.of("id", "program:b", "label", "B", "kind", "PROGRAM", "announcedOn", "2025-01-21", "records", "2.5"));
	}

	@Test
	void writesTheEdgesWithTheirEndpointsFirst() throws Exception {
		String text = new String(TrickyGraph.write(CsvWriter.EDGES), StandardCharsets.UTF_8);
		assertThat(text).startsWith("id,source,target,kind,amountUsd,quote,shareOfTarget,sources,status\r\n");
		assertThat(CsvReader.rows(text)).containsExactly(Map.of("id", "claim:a-funds-b", "source", "company:a",
				"target", "program:b", "kind", "FUNDS", "amountUsd", "1.5E11", "quote", TrickyGraph.TRICKY,
				"shareOfTarget", "0.3", "sources", "source:x; source:y", "status", "COMMITTED"));
	}

}
