package org.herodotus.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a corpus commit holds besides the index: the schema version, the next part group number and,
 * per table, the Parquet file of each part group. Kept in the Lucene commit's user data, so that
 * the index and the tables are committed as one.
 */
record CommitData(int schema, long nextGroup, Map<String, Map<Long, String>> tables) {

  private static final ObjectMapper JSON = new ObjectMapper();

  CommitData {
    Map<String, Map<Long, String>> copy = new TreeMap<>();
    tables.forEach((t, files) -> copy.put(t, Map.copyOf(new TreeMap<>(files))));
    tables = Map.copyOf(copy);
  }

  static CommitData empty(int schema) {
    return new CommitData(schema, 1, Map.of());
  }

  Map<String, String> toUserData() {
    try {
      Map<String, String> data = new HashMap<>();
      data.put("schema", Integer.toString(schema));
      data.put("nextGroup", Long.toString(nextGroup));
      data.put("tables", JSON.writeValueAsString(tables));
      return data;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static CommitData fromUserData(Map<String, String> data, int schema) {
    if (!data.containsKey("tables")) {
      return empty(schema);
    }
    try {
      Map<String, Map<Long, String>> tables =
          JSON.readValue(
              data.get("tables"), new TypeReference<Map<String, Map<Long, String>>>() {});
      return new CommitData(
          Integer.parseInt(data.getOrDefault("schema", "0")),
          Long.parseLong(data.getOrDefault("nextGroup", "1")),
          tables);
    } catch (JsonProcessingException | NumberFormatException e) {
      throw new CorpusException("the corpus's commit data is damaged: " + e.getMessage(), e);
    }
  }
}
