package org.ecograph.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML plumbing of the XML formats: the JDK's own stream writer (whichever StAX provider sits on the class path,
 * the output stays the same), which escapes {@code & < > "}; and two repairs it does not make. A tab, line feed or
 * carriage return inside an attribute value would turn into a space when parsed (attribute-value normalization), so
 * every one in the output becomes a character reference: the writers emit no whitespace of their own (no
 * indentation), hence every such character comes from a value. Characters XML 1.0 cannot carry at all (most control
 * characters, lone surrogates) become U+FFFD in {@link #clean(String)}.
 */
final class Xml {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private Xml() {
	}

	/** A stream writer of UTF-8 onto {@code out}, the XML declaration written. */
	static XMLStreamWriter open(Writer out) throws XMLStreamException {
		XMLStreamWriter xml = FACTORY.createXMLStreamWriter(new CharacterReferences(out));
		xml.writeStartDocument("UTF-8", "1.0");
		return xml;
	}

	/** A UTF-8 writer onto {@code out}; flush it when done, the stream stays open. */
	static Writer utf8(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	/** The text with every character XML 1.0 cannot represent replaced by U+FFFD; {@code null} stays null. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			clean.appendCodePoint(allowed(c) ? c : 0xFFFD);
			i += Character.charCount(c);
		}
		return clean.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** Writes tab, line feed and carriage return as character references. */
	private static final class CharacterReferences extends FilterWriter {

		CharacterReferences(Writer out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			switch (c) {
				case '\t' -> this.out.write("&#9;");
				case '\n' -> this.out.write("&#10;");
				case '\r' -> this.out.write("&#13;");
				default -> this.out.write(c);
			}
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				write(chars[i]);
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				write(text.charAt(i));
			}
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
