package org.advocacyhub.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Letters for a lobby day as one print-ready PDF (Apache PDFBox): a cover page with the campaign and the
 * count, then one letter per page, signed with the sender's name, town and ZIP code and never their
 * e-mail address (the printed page leaves the building). A long letter gets a smaller type rather than
 * a second page, so the count of pages is the count of letters plus one. Helvetica with WinAnsiEncoding
 * covers English and Spanish (á é í ó ú ñ ¿ ¡); a character it cannot print becomes "?" rather than
 * failing the whole file. Pages are cached in a temporary file, not in memory, while the file is made.
 */
public final class LobbyDayPdf {

    /** One letter as printed. */
    public record Page(String to, String subject, String body, String senderName, String senderTown) {
    }

    private static final float MARGIN = 64;
    private static final float[] SIZES = {11.5f, 10.5f, 9.5f, 8.5f, 7.5f, 6.5f};

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> printable = new HashMap<>();

    /**
     * @param coverLines the cover's lines after the title, in the coordinator's language ("12 letters",
     *                   "To Senator Bernard Sanders (VT)", the date)
     */
    public void write(OutputStream out, String title, List<String> coverLines, List<Page> letters) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(clean(title));
            info.setCreator("Advocacy Hub");
            cover(doc, title, coverLines);
            for (Page p : letters) {
                letter(doc, p);
            }
            doc.save(out);
        }
    }

    private void cover(PDDocument doc, String title, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            float y = page.getMediaBox().getHeight() - MARGIN - 60;
            for (String line : wrap(title, bold, 22, width)) {
                y = text(s, bold, 22, MARGIN, y, line, 28);
            }
            y -= 18;
            for (String l : lines) {
                for (String line : wrap(l, regular, 14, width)) {
                    y = text(s, regular, 14, MARGIN, y, line, 20);
                }
            }
        }
    }

    private void letter(PDDocument doc, Page p) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float height = page.getMediaBox().getHeight() - 2 * MARGIN;
        for (float size : SIZES) {
            float leading = size * 1.35f;
            List<String> head = new ArrayList<>(wrap(p.to(), regular, size, width));
            List<String> subject = wrap(p.subject(), bold, size, width);
            List<String> body = new ArrayList<>();
            for (String paragraph : p.body().split("\n", -1)) {
                body.addAll(paragraph.isBlank() ? List.of("") : wrap(paragraph, regular, size, width));
            }
            List<String> sign = new ArrayList<>(wrap(p.senderName(), regular, size, width));
            sign.addAll(wrap(p.senderTown(), regular, size, width));
            int lines = head.size() + 1 + subject.size() + 1 + body.size() + 1 + sign.size();
            if (lines * leading <= height || size == SIZES[SIZES.length - 1]) {
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (String l : head) {
                        y = text(s, regular, size, MARGIN, y, l, leading);
                    }
                    y -= leading;
                    for (String l : subject) {
                        y = text(s, bold, size, MARGIN, y, l, leading);
                    }
                    y -= leading;
                    for (String l : body) {
                        if (y < MARGIN) {
                            break; // past the smallest type, what cannot fit is cut rather than spill onto a second page
                        }
                        y = text(s, regular, size, MARGIN, y, l, leading);
                    }
                    y -= leading;
                    for (String l : sign) {
                        y = text(s, regular, size, MARGIN, y, l, leading);
                    }
                }
                return;
            }
        }
    }

    private float text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String line, float leading)
            throws IOException {
        if (!line.isEmpty()) {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(x, y - size);
            s.showText(line);
            s.endText();
        }
        return y - leading;
    }

    /** Words onto lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line of text the font can print: tabs and line ends as spaces, anything it cannot encode as "?". */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (printable.computeIfAbsent(cp, this::canPrint)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canPrint(int cp) {
        try {
            regular.encode(new String(Character.toChars(cp)));
            bold.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
