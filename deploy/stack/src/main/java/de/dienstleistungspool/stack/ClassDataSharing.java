package de.dienstleistungspool.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Optional application class-data sharing for the stack's JVMs ({@code STACK_CDS=1 deploy/stack.sh}): the first
 * start records the classes a JVM loaded into {@code .stack/cds/<name>.jsa} when it exits, later starts map that
 * archive instead of loading and verifying the classes again. A newer jar or other inputs record it anew. Off by
 * default: recording costs several seconds per JVM at every stop until an archive exists.
 */
public final class ClassDataSharing {

    private ClassDataSharing() {
    }

    /** The JVM options that use the archive if it is current, or record it at exit otherwise. */
    public static List<String> options(Path archive, List<Path> inputs, List<String> jvmOptions) {
        if (!Boolean.getBoolean("stack.cds")) {
            return List.of();
        }
        try {
            Files.createDirectories(archive.getParent());
            Path recordedFor = archive.resolveSibling(archive.getFileName() + ".inputs");
            String key = String.join("\n", jvmOptions) + "\n" + String.join("\n", inputs.stream()
                    .map(Path::toString).toList());
            if (Files.isRegularFile(archive) && Files.size(archive) > 0 && Files.isRegularFile(recordedFor)
                    && Files.readString(recordedFor).equals(key)
                    && newest(inputs).compareTo(Files.getLastModifiedTime(archive)) < 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
            }
            Files.deleteIfExists(archive);
            Files.writeString(recordedFor, key);
            return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off");
        } catch (IOException e) {
            return List.of();
        }
    }

    private static FileTime newest(List<Path> inputs) throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        newest = max(newest, Files.getLastModifiedTime(f));
                    }
                }
            } else if (Files.exists(input)) {
                newest = max(newest, Files.getLastModifiedTime(input));
            }
        }
        return newest;
    }

    private static FileTime max(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
