/**
 * The newsroom: a REST API over a corpus ({@code /api/...}) and the web page that reads, searches
 * and charts it, served from packaged assets by one Javalin process ({@link
 * org.herodotus.server.Newsroom}).
 */
@NullMarked
package org.herodotus.server;

import org.jspecify.annotations.NullMarked;
