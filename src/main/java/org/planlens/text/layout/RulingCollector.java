package org.planlens.text.layout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal and vertical rules drawn on a page (table borders): stroked lines, the sides of stroked
 * rectangles, and thin filled rectangles, as office suites print cell borders. Reads the page's content stream
 * once more, so it is run only on pages already found to hold a table.
 */
public final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A rule shorter than this (points) is a glyph stroke or a tick, not a border. */
    private static final float MIN_LENGTH = 8f;
    /** A filled rectangle at most this tall is a rule. */
    private static final float MAX_THICKNESS = 3f;
    /** Slant allowed for a straight segment (points across over its length). */
    private static final float FLAT = 1f;

    private final float pageHeight;
    private final List<PageRules.Rule> horizontal = new ArrayList<>();
    private final List<PageRules.Rule> vertical = new ArrayList<>();
    private final List<Point2D[]> segments = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();

    private RulingCollector(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getUpperRightY();
    }

    /** The page's rules. */
    public static PageRules of(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return new PageRules(c.horizontal, c.vertical);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segments.add(new Point2D[] {p0, p1});
        segments.add(new Point2D[] {p1, p2});
        segments.add(new Point2D[] {p2, p3});
        segments.add(new Point2D[] {p3, p0});
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = p0;
        start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        segments.add(new Point2D[] {current, next});
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segments.add(new Point2D[] {current, start});
        current = start;
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (Point2D[] s : segments) {
            add(s[0], s[1]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
            double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
            double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
            double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
            if (maxY - minY <= MAX_THICKNESS && maxX - minX >= MIN_LENGTH) {
                horizontal.add(
                        new PageRules.Rule((float) (pageHeight - (minY + maxY) / 2), (float) minX, (float) maxX));
            } else if (maxX - minX <= MAX_THICKNESS && maxY - minY >= MIN_LENGTH) {
                vertical.add(new PageRules.Rule(
                        (float) (minX + maxX) / 2, (float) (pageHeight - maxY), (float) (pageHeight - minY)));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; the path is kept for the paint operator that may follow
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rules we could use
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, not rules
    }

    private void add(Point2D a, Point2D b) {
        if (Math.abs(a.getY() - b.getY()) <= FLAT && Math.abs(a.getX() - b.getX()) >= MIN_LENGTH) {
            horizontal.add(new PageRules.Rule(
                    (float) (pageHeight - (a.getY() + b.getY()) / 2), (float) Math.min(a.getX(), b.getX()), (float)
                            Math.max(a.getX(), b.getX())));
        } else if (Math.abs(a.getX() - b.getX()) <= FLAT && Math.abs(a.getY() - b.getY()) >= MIN_LENGTH) {
            vertical.add(new PageRules.Rule(
                    (float) (a.getX() + b.getX()) / 2, (float) (pageHeight - Math.max(a.getY(), b.getY())), (float)
                            (pageHeight - Math.min(a.getY(), b.getY()))));
        }
    }

    private void clear() {
        segments.clear();
        rectangles.clear();
    }
}
