package org.herodotus.doc;

/**
 * Something a stage noticed or left out on purpose, with the reason, so that users can see why
 * something is missing ("text cut at 100000 characters", "sentence too long to parse").
 */
public record Note(String stage, String message) {}
