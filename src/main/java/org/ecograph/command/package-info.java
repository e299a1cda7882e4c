/**
 * The one frame of the jar's commands ({@code load}, {@code token}, {@code export}): {@link ConnectedCommand} reads
 * the options every command shares (the connection, Spring properties), starts the application without its web
 * server, quietly, on the embedded store or over Bolt, and maps every failure once to a message and an exit code.
 * Each command (in its capability's package) adds only its own options and work; the list of commands is declared
 * once, by the application.
 */
package org.ecograph.command;
