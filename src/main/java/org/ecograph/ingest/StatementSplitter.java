package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements at semicolons that stand outside string literals, quoted identifiers and
 * comments. Understands {@code '...'} and {@code "..."} strings with backslash escapes, {@code `...`} identifiers
 * (a doubled backtick escapes), {@code //} line comments and {@code /* *}{@code /} block comments. Comments are kept
 * inside a statement's text only where they stand between its tokens; a statement made only of comments is dropped.
 */
public final class StatementSplitter {

	private StatementSplitter() {
	}

	/**
	 * Splits {@code script} into statements.
	 * @throws IllegalArgumentException naming the line where a string, identifier or block comment is left open
	 */
	public static List<Statement> split(String script) {
		return new Scanner(script).statements();
	}

	private static final class Scanner {

		private final String s;

		private final List<Statement> statements = new ArrayList<>();

		private final StringBuilder current = new StringBuilder();

		private int line = 1;

		private int startLine = -1;

		private int i;

		Scanner(String script) {
			this.s = script;
		}

		List<Statement> statements() {
			while (this.i < this.s.length()) {
				step();
			}
			finishStatement();
			return this.statements;
		}

		private void step() {
			char c = this.s.charAt(this.i);
			if (c == ';') {
				this.i++;
				finishStatement();
			}
			else if (startsWith("//")) {
				skipLineComment();
			}
			else if (startsWith("/*")) {
				copyBlockComment();
			}
			else if (c == '\'' || c == '"' || c == '`') {
				copyQuoted(c);
			}
			else {
				if (!Character.isWhitespace(c) && this.startLine < 0) {
					this.startLine = this.line;
				}
				copy(c);
			}
		}

		private boolean startsWith(String token) {
			return this.s.startsWith(token, this.i);
		}

		private void copy(char c) {
			if (c == '\n') {
				this.line++;
			}
			this.current.append(c);
			this.i++;
		}

		private void skipLineComment() {
			while (this.i < this.s.length() && this.s.charAt(this.i) != '\n') {
				this.i++;
			}
		}

		private void copyBlockComment() {
			int openedOn = this.line;
			int end = this.s.indexOf("*/", this.i + 2);
			if (end < 0) {
				throw new IllegalArgumentException("block comment opened on line " + openedOn + " is never closed");
			}
			String comment = this.s.substring(this.i, end + 2);
			this.line += (int) comment.chars().filter(ch -> ch == '\n').count();
			// A comment only separates tokens; a space keeps them apart without carrying the comment along.
			this.current.append(' ');
			this.i = end + 2;
		}

		private void copyQuoted(char quote) {
			int openedOn = this.line;
			if (this.startLine < 0) {
				this.startLine = this.line;
			}
			copy(quote);
			while (this.i < this.s.length()) {
				char c = this.s.charAt(this.i);
				if (c == '\\' && quote != '`' && this.i + 1 < this.s.length()) {
					copy(c);
					copy(this.s.charAt(this.i));
					continue;
				}
				copy(c);
				if (c == quote) {
					if (quote == '`' && this.i < this.s.length() && this.s.charAt(this.i) == '`') {
						copy('`');
						continue;
					}
					return;
				}
			}
			String what = quote == '`' ? "quoted identifier" : "string";
			throw new IllegalArgumentException(what + " opened with " + quote + " on line " + openedOn
					+ " is never closed");
		}

		private void finishStatement() {
			String text = this.current.toString().strip();
			if (!text.isEmpty()) {
				this.statements.add(new Statement(text, this.startLine));
			}
			this.current.setLength(0);
			this.startLine = -1;
		}

	}

}
