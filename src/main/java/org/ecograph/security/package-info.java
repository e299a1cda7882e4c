/**
 * Roles and credentials: API tokens (Bearer, stored as SHA-256 hashes in {@code :ApiToken} nodes), the roles
 * ANALYST, STEWARD and ADMIN, the web security filter chain (reads open on loopback by default, writes always need a
 * steward token), the first admin token of an empty store and the {@code token} command.
 */
package org.ecograph.security;
