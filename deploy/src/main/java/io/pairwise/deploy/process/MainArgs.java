package io.pairwise.deploy.process;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments of the embedded mains: {@code --name value} options and bare {@code --flag}s.
 * Every main understands {@code --ready-file F} and {@code --exit-with-parent}; see {@link Daemon}.
 */
public final class MainArgs {

    public static final String READY_FILE = "ready-file";
    public static final String EXIT_WITH_PARENT = "exit-with-parent";

    private final Map<String, String> options;
    private final Set<String> flags;

    private MainArgs(Map<String, String> options, Set<String> flags) {
        this.options = options;
        this.flags = flags;
    }

    /**
     * @param optionNames the options that take a value, besides {@code ready-file}
     * @param flagNames   the flags, besides {@code exit-with-parent}
     */
    public static MainArgs parse(String[] args, Set<String> optionNames, Set<String> flagNames) {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (name.equals(EXIT_WITH_PARENT) || flagNames.contains(name)) {
                flags.add(name);
            } else if ((name.equals(READY_FILE) || optionNames.contains(name)) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'; options: "
                        + optionNames + " " + READY_FILE + ", flags: " + flagNames + " " + EXIT_WITH_PARENT);
            }
        }
        return new MainArgs(options, flags);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("Missing --" + name));
    }

    public int port(String name, int defaultPort) {
        return value(name).map(Integer::parseInt).orElse(defaultPort);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<Path> readyFile() {
        return value(READY_FILE).map(Path::of);
    }

    public boolean exitWithParent() {
        return flag(EXIT_WITH_PARENT);
    }
}
