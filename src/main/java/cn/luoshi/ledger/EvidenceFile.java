package cn.luoshi.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded 佐证材料 file before it is checked: the name the user gave it and its bytes. */
public record EvidenceFile(String name, byte[] content) {

    /** Keeps only the file's own name: some browsers send a path ("C:\fakepath\报告.pdf"). */
    public EvidenceFile {
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        }
    }

    /** The files of a multipart form or request, as the services take them (empty file inputs dropped). */
    public static List<EvidenceFile> fromUploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new EvidenceFile(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    public long size() {
        return content == null ? 0 : content.length;
    }
}
