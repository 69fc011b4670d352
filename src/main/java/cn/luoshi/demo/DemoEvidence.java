package cn.luoshi.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A stand-in for a 佐证材料 photo of the demo's completed tasks: a small PNG drawn here (sky, buildings, ground), so the
 * demo ships no binary files and needs no fonts. Real evidence is uploaded by the units.
 */
final class DemoEvidence {

    private DemoEvidence() {
    }

    static byte[] picture(String name) {
        Random r = new Random(name.hashCode());
        BufferedImage img = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(198, 222, 240));
            g.fillRect(0, 0, 480, 320);
            g.setColor(new Color(120, 160, 90));
            g.fillRect(0, 250, 480, 70);
            for (int x = 10; x < 470; x += 40 + r.nextInt(30)) {
                int h = 60 + r.nextInt(140);
                g.setColor(new Color(150 + r.nextInt(80), 140 + r.nextInt(60), 130 + r.nextInt(50)));
                g.fillRect(x, 250 - h, 34 + r.nextInt(16), h);
                g.setColor(new Color(240, 240, 220));
                for (int y = 250 - h + 8; y < 240; y += 16) {
                    g.fillRect(x + 6, y, 8, 8);
                    g.fillRect(x + 20, y, 8, 8);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
