package wsinspector.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A page as a PNG at twice screen scale (a 1200-pixel page becomes 2400 pixels), for print and for
 * sharp slides. Drawn with Java2D, which runs headless; the fonts must be installed (see {@link Fonts}).
 */
public final class PngWriter {
    /** Device pixels per CSS pixel. */
    public static final int SCALE = 2;

    private PngWriter() {
    }

    public static BufferedImage image(Page page) {
        int w = (int) Math.ceil(page.width() * SCALE);
        int h = (int) Math.ceil(page.height() * SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(SCALE, SCALE);
            for (Shape s : page.shapes()) {
                draw(g, s);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Encodes with a light deflate level: a handout is mostly white, so the file is hardly larger and the
     * encoding several times faster than at the default level.
     */
    public static void write(Page page, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(image(page), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static void draw(Graphics2D g, Shape s) {
        if (s instanceof Shape.Rect r) {
            RoundRectangle2D box = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius());
            if (r.fill() != null) {
                g.setColor(colour(r.fill()));
                g.fill(box);
            }
            if (r.stroke() != null) {
                g.setColor(colour(r.stroke()));
                g.setStroke(new BasicStroke(1));
                g.draw(box);
            }
        } else if (s instanceof Shape.Line l) {
            g.setColor(colour(l.ink()));
            g.setStroke(l.dashed()
                    ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 5}, 0)
                    : new BasicStroke((float) l.width()));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            if (l.arrow()) {
                double[] p = ArrowHead.points(l);
                Path2D head = new Path2D.Double();
                head.moveTo(p[0], p[1]);
                head.lineTo(p[2], p[3]);
                head.lineTo(p[4], p[5]);
                head.closePath();
                g.fill(head);
            }
        } else if (s instanceof Shape.Text t) {
            g.setFont(Fonts.font(t.style()));
            g.setColor(colour(t.style().ink()));
            double width = Fonts.width(t.text(), t.style());
            double x = switch (t.style().anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - width / 2;
                case END -> t.x() - width;
            };
            if (!t.text().isEmpty()) {
                g.drawString(t.text(), (float) x, (float) t.y());
            }
        }
    }

    private static Color colour(Ink ink) {
        return new Color(ink.rgb());
    }
}
