package org.parallax.extract.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Outlet;
import org.parallax.text.DataFile;

/**
 * Known outlet domains and names ({@code outlets.txt}) and dateline credits ({@code dateline-credits.txt}).
 */
final class OutletDirectory {

    private static final OutletDirectory INSTANCE = new OutletDirectory();
    private static final String NOT_AN_OUTLET = "-";

    private final Map<String, String> byDomain = new HashMap<>();
    private final Map<String, String> domainByName = new HashMap<>();
    private final Map<String, String> credits = new HashMap<>();

    private OutletDirectory() {
        for (String[] row : DataFile.of(OutletDirectory.class, "outlets.txt").fields(2)) {
            String domain = row[0].toLowerCase(Locale.ROOT);
            byDomain.put(domain, row[1]);
            if (!row[1].equals(NOT_AN_OUTLET)) {
                domainByName.putIfAbsent(row[1].toLowerCase(Locale.ROOT), domain);
            }
        }
        for (String[] row : DataFile.of(OutletDirectory.class, "dateline-credits.txt").fields(2)) {
            credits.put(row[0], row[1]);
        }
    }

    static OutletDirectory get() {
        return INSTANCE;
    }

    /**
     * The outlet a host name stands for: the listed outlet of its longest listed domain, else the host itself
     * without "www." and the like; empty for mail providers, social networks and the like, and for non-hosts.
     */
    Optional<Outlet> forHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).strip();
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!h.contains(".") || !h.matches("[a-z0-9.-]+") || h.matches("[0-9.]+")) {
            return Optional.empty();
        }
        for (String candidate = h; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            String name = byDomain.get(candidate);
            if (name != null) {
                return name.equals(NOT_AN_OUTLET) ? Optional.empty() : Optional.of(Outlet.of(name));
            }
        }
        return Optional.of(Outlet.of(h.replaceFirst("^(www\\d?|m|amp|mobile|mail|email)\\.", "")));
    }

    /** The outlet's listed domain, or the outlet name itself if it is a domain ("example-news.net"). */
    Optional<String> domainOf(Outlet outlet) {
        String name = outlet.name().toLowerCase(Locale.ROOT);
        String listed = domainByName.get(name);
        if (listed != null) {
            return Optional.of(listed);
        }
        return name.matches("[a-z0-9-]++(?:\\.[a-z0-9-]++)++") ? Optional.of(name) : Optional.empty();
    }

    /** The canonical name of a listed outlet, as the data file spells it. */
    Optional<String> canonicalName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return byDomain.values().stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    Optional<Outlet> credit(String credit) {
        return Optional.ofNullable(credits.get(credit.strip())).map(Outlet::of);
    }
}
