package org.carbonmarket.citation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** The formats a citation is offered in, each with its media type. */
public enum CitationFormat {

    /** BibTeX, read by LaTeX and every reference manager. */
    BIBTEX(Citation.BIBTEX, "bib") {
        @Override
        public String write(Citation citation) {
            int[] date = citation.dateParts();
            List<String> fields = new ArrayList<>();
            fields.add(field("title", citation.title()));
            fields.add("  author = {{" + escape(citation.publisher()) + "}}");
            fields.add(field("publisher", citation.publisher()));
            if (citation.outlet() != null) {
                fields.add(field("journal", citation.outlet()));
            }
            if (date.length > 0) {
                fields.add(field("year", Integer.toString(date[0])));
            }
            if (date.length > 1) {
                fields.add("  month = " + MONTHS[date[1] - 1]);
            }
            if (citation.address() != null) {
                fields.add(field("url", citation.address()));
            }
            fields.add(field("language", citation.language()));
            fields.add(field("note", citation.note()));
            return "@" + (citation.outlet() == null ? "misc" : "article") + "{" + citation.key() + ",\n"
                    + String.join(",\n", fields) + "\n}\n";
        }
    },

    /** RIS, the tagged format of EndNote, Zotero and Mendeley imports. */
    RIS(Citation.RIS, "ris") {
        @Override
        public String write(Citation citation) {
            int[] date = citation.dateParts();
            StringBuilder ris = new StringBuilder();
            tag(ris, "TY", citation.outlet() == null ? "GEN" : "MGZN");
            tag(ris, "ID", citation.key());
            tag(ris, "TI", citation.title());
            tag(ris, "AU", citation.publisher());
            tag(ris, "PB", citation.publisher());
            if (citation.outlet() != null) {
                tag(ris, "T2", citation.outlet());
            }
            if (date.length > 0) {
                tag(ris, "PY", Integer.toString(date[0]));
                tag(ris, "DA", String.join("/", IntStream.of(date).mapToObj(part -> String.format("%02d", part)).toList()) + "/");
            }
            if (citation.address() != null) {
                tag(ris, "UR", citation.address());
            }
            tag(ris, "LA", citation.language());
            tag(ris, "N1", citation.note());
            tag(ris, "ER", "");
            return ris.toString();
        }
    },

    /** CSL-JSON, the input of the Citation Style Language processors (Zotero, Pandoc): an array of one item. */
    CSL_JSON(Citation.CSL_JSON, "csl.json") {
        @Override
        public String write(Citation citation) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", citation.key());
            item.put("type", citation.outlet() == null ? "document" : "article-magazine");
            item.put("title", citation.title());
            item.put("author", List.of(Map.of("literal", citation.publisher())));
            item.put("publisher", citation.publisher());
            if (citation.outlet() != null) {
                item.put("container-title", citation.outlet());
            }
            int[] date = citation.dateParts();
            if (date.length > 0) {
                item.put("issued", Map.of("date-parts", List.of(IntStream.of(date).boxed().toList())));
            }
            if (citation.address() != null) {
                item.put("URL", citation.address());
            }
            item.put("language", citation.language());
            item.put("note", citation.note());
            try {
                return JSON.writeValueAsString(List.of(item));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a citation is plain JSON", e);
            }
        }
    };

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String mediaType;
    private final String extension;

    CitationFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A file of this format: {@code name} with the format's usual extension ({@code Fact.bib}). */
    public String file(String name) {
        return name + "." + extension;
    }

    public abstract String write(Citation citation);

    /** The format of a media type, where it is one. */
    public static Optional<CitationFormat> of(String mediaType) {
        for (CitationFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static String field(String name, String value) {
        return "  " + name + " = {" + escape(value) + "}";
    }

    /** BibTeX's special characters, taken literally. */
    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** One RIS line: a tag, two spaces, a hyphen, a space and the value on one line. */
    private static void tag(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(value.replace("\r", " ").replace("\n", " ")).append("\r\n");
    }
}
