package org.alvh.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Markdown to HTML for Swing's {@link javax.swing.JEditorPane} (HTML 3.2) to show the repository's
 * own texts (docs/METHOD.md, the glossary): headings, paragraphs, fenced and indented code blocks, pipe
 * tables, bullet and numbered lists, block quotes, horizontal rules, and inline {@code `code`},
 * {@code **bold**} and {@code *italics*}. Everything else is shown as text, escaped.
 */
final class MarkdownHtml {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");

    private MarkdownHtml() {
    }

    /** The body of an HTML document (no {@code <html>} wrapper). */
    static String toHtml(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                flush(paragraph, out);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
                    code.append(escape(lines.get(i))).append('\n');
                    i++;
                }
                out.append("<pre>").append(code).append("</pre>\n");
                i++;
            } else if (line.startsWith("    ") && paragraph.isEmpty() && !line.isBlank()) {
                StringBuilder code = new StringBuilder();
                while (i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).isBlank())) {
                    code.append(escape(lines.get(i).length() >= 4 ? lines.get(i).substring(4) : "")).append('\n');
                    i++;
                }
                out.append("<pre>").append(code.toString().stripTrailing()).append("</pre>\n");
            } else if (line.isBlank()) {
                flush(paragraph, out);
                i++;
            } else if (HEADING.matcher(line).matches()) {
                flush(paragraph, out);
                Matcher m = HEADING.matcher(line);
                m.matches();
                int level = Math.min(m.group(1).length(), 4);
                out.append("<h").append(level).append('>').append(inline(m.group(2))).append("</h").append(level)
                        .append(">\n");
                i++;
            } else if (line.strip().matches("-{3,}|\\*{3,}")) {
                flush(paragraph, out);
                out.append("<hr>\n");
                i++;
            } else if (line.strip().startsWith("|") && i + 1 < lines.size()
                    && TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
                flush(paragraph, out);
                out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>");
                for (String cell : cells(line)) {
                    out.append("<th align=\"left\">").append(inline(cell)).append("</th>");
                }
                out.append("</tr>\n");
                i += 2;
                while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
                    out.append("<tr>");
                    for (String cell : cells(lines.get(i))) {
                        out.append("<td valign=\"top\">").append(inline(cell)).append("</td>");
                    }
                    out.append("</tr>\n");
                    i++;
                }
                out.append("</table>\n");
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                flush(paragraph, out);
                boolean numbered = NUMBERED.matcher(line).matches();
                out.append(numbered ? "<ol>\n" : "<ul>\n");
                while (i < lines.size() && (numbered ? NUMBERED : BULLET).matcher(lines.get(i)).matches()) {
                    Matcher m = (numbered ? NUMBERED : BULLET).matcher(lines.get(i));
                    m.matches();
                    StringBuilder item = new StringBuilder(m.group(1));
                    i++;
                    // continuation lines of the item: indented, not a new item, not blank
                    while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).startsWith(" ")
                            && !BULLET.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()) {
                        item.append(' ').append(lines.get(i).strip());
                        i++;
                    }
                    out.append("<li>").append(inline(item.toString())).append("</li>\n");
                }
                out.append(numbered ? "</ol>\n" : "</ul>\n");
            } else if (line.startsWith(">")) {
                flush(paragraph, out);
                StringBuilder quote = new StringBuilder();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    quote.append(lines.get(i).substring(1).strip()).append(' ');
                    i++;
                }
                out.append("<blockquote>").append(inline(quote.toString().strip())).append("</blockquote>\n");
            } else {
                paragraph.add(line.strip());
                i++;
            }
        }
        flush(paragraph, out);
        return out.toString();
    }

    private static void flush(List<String> paragraph, StringBuilder out) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
            paragraph.clear();
        }
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Inline code first (its content is not styled further), then bold, italics and links. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int last = 0;
        while (code.find()) {
            out.append(styled(text.substring(last, code.start())));
            out.append("<code>").append(escape(code.group(1))).append("</code>");
            last = code.end();
        }
        out.append(styled(text.substring(last)));
        return out.toString();
    }

    private static String styled(String text) {
        String s = escape(text);
        s = LINK.matcher(s).replaceAll("$1");
        s = BOLD.matcher(s).replaceAll("<b>$1</b>");
        return ITALIC.matcher(s).replaceAll("<i>$1</i>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
