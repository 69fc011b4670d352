package cn.luoshi.bulletins.document;

import cn.luoshi.bulletins.Totals;
import cn.luoshi.bulletins.UnitLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The bulletin's charts as PNG images for Word and PDF, drawn with Java2D (headless) in WenQuanYi Micro Hei: the units'
 * stacked bars in ranking order and the light distribution pie. The screen draws the same data with ECharts.
 */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Rows a bar chart shows at most; with more units it shows the first and last half of the ranking. */
    public static final int MAX_BARS = 30;

    static final Color COMPLETED = new Color(0x0d6efd);
    static final Color NORMAL = new Color(0x198754);
    static final Color BEHIND = new Color(0xe0a800);
    static final Color OVERDUE = new Color(0xdc3545);
    static final Color GREY = new Color(0xadb5bd);
    private static final Color TEXT = new Color(0x212529);
    private static final Color MUTED = new Color(0x6c757d);
    private static final Color GRID = new Color(0xdee2e6);
    private static final int SCALE = 2; // drawn at twice the size for sharp print

    private final Font base;

    public Charts(Path fontFile) {
        this.base = load(fontFile);
    }

    private static Font load(Path file) {
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            for (Font f : fonts) {
                if (f.getFamily(java.util.Locale.ROOT).equals("WenQuanYi Micro Hei")) {
                    return f;
                }
            }
            return fonts[0];
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("无法读取中文字体 " + file + "，图表无法绘制：" + e.getMessage(), e);
        }
    }

    /** A row of the bar chart: a unit, or the gap between the first and the last half of a long ranking. */
    record Bar(String label, int completed, int normal, int behind, int overdue) {
        int total() {
            return completed + normal + behind + overdue;
        }
    }

    /** The rows drawn: every unit, or the first and last {@link #MAX_BARS}/2 with a gap row between. */
    static List<Bar> bars(List<UnitLine> units) {
        List<Bar> out = new ArrayList<>();
        int half = MAX_BARS / 2;
        for (int i = 0; i < units.size(); i++) {
            if (units.size() > MAX_BARS && i == half) {
                out.add(new Bar("……中间" + (units.size() - MAX_BARS) + "个单位略……", -1, 0, 0, 0));
                i = units.size() - half;
            }
            UnitLine u = units.get(i);
            out.add(new Bar(u.rank() + ". " + u.unitName(), u.completed(), u.normal(), u.behindNotOverdue(),
                    u.overdue()));
        }
        return out;
    }

    /** 各单位任务推进情况: stacked horizontal bars (已办结, 正常推进, 落后序时, 逾期未办结) in ranking order. */
    public byte[] unitBars(List<UnitLine> units) {
        List<Bar> bars = bars(units);
        int width = 900;
        int rowHeight = 24;
        int top = 70;
        int height = top + Math.max(1, bars.size()) * rowHeight + 40;
        BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        title(g, "各单位任务推进情况（按排名）", width);
        String[] names = {"已办结", "正常推进", "落后序时", "逾期未办结"};
        Color[] colors = {COMPLETED, NORMAL, BEHIND, OVERDUE};
        legend(g, names, colors, width, 48);
        if (bars.isEmpty()) {
            g.setColor(MUTED);
            g.setFont(base.deriveFont(14f));
            centred(g, "本期没有纳入统计的任务", width / 2, top + 20);
        } else {
            int labelWidth = 200;
            int chartLeft = labelWidth + 10;
            int chartRight = width - 60;
            int max = bars.stream().mapToInt(Bar::total).max().orElse(1);
            max = Math.max(1, max);
            int step = niceStep(max);
            int axisMax = ((max + step - 1) / step) * step;
            double perUnit = (chartRight - chartLeft) / (double) axisMax;
            g.setFont(base.deriveFont(11f));
            for (int v = 0; v <= axisMax; v += step) {
                int x = chartLeft + (int) Math.round(v * perUnit);
                g.setColor(GRID);
                g.drawLine(x, top - 4, x, top + bars.size() * rowHeight);
                g.setColor(MUTED);
                centred(g, String.valueOf(v), x, top + bars.size() * rowHeight + 16);
            }
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                int y = top + i * rowHeight;
                g.setFont(base.deriveFont(12f));
                if (b.completed() < 0) {
                    g.setColor(MUTED);
                    g.drawString(b.label(), chartLeft, y + 16);
                    continue;
                }
                g.setColor(TEXT);
                String label = fit(g, b.label(), labelWidth - 6);
                g.drawString(label, labelWidth - g.getFontMetrics().stringWidth(label), y + 16);
                int x = chartLeft;
                int[] values = {b.completed(), b.normal(), b.behind(), b.overdue()};
                for (int k = 0; k < values.length; k++) {
                    int w = (int) Math.round(values[k] * perUnit);
                    if (w > 0) {
                        g.setColor(colors[k]);
                        g.fillRect(x, y + 4, w, rowHeight - 8);
                        x += w;
                    }
                }
                g.setColor(MUTED);
                g.setFont(base.deriveFont(11f));
                g.drawString(String.valueOf(b.total()), x + 4, y + 16);
            }
        }
        g.dispose();
        return png(img);
    }

    /** 期末亮灯分布: a pie of 绿灯, 黄灯, 红灯, 灰灯 (未开始) and 蓝灯 (已办结), with counts and shares. */
    public byte[] lightPie(Totals t) {
        int width = 900;
        int height = 380;
        BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        title(g, "期末亮灯分布", width);
        String[] names = {"绿灯", "黄灯", "红灯", "灰灯（未开始）", "蓝灯（已办结）"};
        int[] values = {t.green(), t.yellow(), t.red(), t.grey(), t.blue()};
        Color[] colors = {NORMAL, BEHIND, OVERDUE, GREY, COMPLETED};
        int total = 0;
        for (int v : values) {
            total += v;
        }
        int cx = 250;
        int cy = 210;
        int r = 130;
        if (total == 0) {
            g.setColor(GRID);
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(MUTED);
            g.setFont(base.deriveFont(14f));
            centred(g, "无数据", cx, cy + 5);
        } else {
            double angle = 90;
            for (int k = 0; k < values.length; k++) {
                if (values[k] == 0) {
                    continue;
                }
                double extent = -360.0 * values[k] / total;
                g.setColor(colors[k]);
                g.fill(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, angle, extent, Arc2D.PIE));
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, angle, extent, Arc2D.PIE));
                angle += extent;
            }
        }
        g.setFont(base.deriveFont(15f));
        int y = 120;
        for (int k = 0; k < values.length; k++) {
            g.setColor(colors[k]);
            g.fillRect(480, y - 13, 18, 18);
            g.setColor(TEXT);
            g.drawString(names[k] + "  " + values[k] + "项"
                    + (total > 0 ? "（" + cn.luoshi.bulletins.Rates.percent(values[k], total) + "）" : ""), 508, y + 2);
            y += 36;
        }
        g.dispose();
        return png(img);
    }

    private Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private void title(Graphics2D g, String text, int width) {
        g.setColor(TEXT);
        g.setFont(base.deriveFont(Font.PLAIN, 18f));
        centred(g, text, width / 2, 28);
    }

    private void legend(Graphics2D g, String[] names, Color[] colors, int width, int y) {
        g.setFont(base.deriveFont(12f));
        FontMetrics fm = g.getFontMetrics();
        int total = 0;
        for (String n : names) {
            total += 16 + fm.stringWidth(n) + 18;
        }
        int x = (width - total) / 2;
        for (int k = 0; k < names.length; k++) {
            g.setColor(colors[k]);
            g.fillRect(x, y - 10, 12, 12);
            g.setColor(TEXT);
            g.drawString(names[k], x + 16, y);
            x += 16 + fm.stringWidth(names[k]) + 18;
        }
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5};
        int mag = 1;
        while (true) {
            for (int s : steps) {
                if (max / (s * mag) <= 8) {
                    return s * mag;
                }
            }
            mag *= 10;
        }
    }

    private static byte[] png(BufferedImage img) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
