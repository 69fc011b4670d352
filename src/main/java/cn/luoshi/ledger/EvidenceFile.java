package cn.luoshi.ledger;

import cn.luoshi.common.FileNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded 佐证材料 file before it is checked: the name the user gave it and its bytes. */
public record EvidenceFile(String name, byte[] content) {

    /** Keeps only the file's own name, without control or bidi characters ({@link FileNames}). */
    public EvidenceFile {
        name = FileNames.clean(name);
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
