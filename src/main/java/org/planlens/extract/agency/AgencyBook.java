package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Mention;
import org.planlens.model.Role;

/** Bodies gathered from clauses and tables, variants of one name merged under one key, in order of first sight. */
public final class AgencyBook {
    private static final class Entry {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        final List<Mention> mentions = new ArrayList<>();

        Entry(String name) {
            this.name = name;
        }
    }

    private final AgencyKeys keys;
    private final String issuerKey;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public AgencyBook(AgencyKeys keys, Issuer issuer) {
        this.keys = keys;
        this.issuerKey = issuer.name() == null ? null : keys.key(issuer.name(), false);
    }

    /** Whether the name is a wording of the document's own issuer. */
    public boolean isIssuer(String name, boolean collective) {
        return issuerKey != null && issuerKey.equals(keys.key(name, collective));
    }

    public void add(String name, boolean collective, Role role, Mention mention) {
        String printed = name.strip().replaceAll("[\\s,;:.&-]+$", "");
        if (printed.isEmpty()) {
            return;
        }
        put(keys.key(printed, collective), printed, role, mention);
    }

    /**
     * A name from a table cell, which may be cut short or run on where the table's text was broken: when it is the
     * start or end of a body already named ("Phòng Văn hóa", "Nội vụ"), it is that body.
     */
    public void addFromTable(String name, boolean collective, Role role) {
        String printed = name.strip().replaceAll("[\\s,;:.&-]+$", "");
        if (printed.isEmpty()) {
            return;
        }
        String key = keys.key(printed, collective);
        if (!entries.containsKey(key)) {
            for (String known : entries.keySet()) {
                if (known.startsWith(key + " ") || known.endsWith(" " + key)) {
                    key = known;
                    break;
                }
            }
        }
        put(key, printed, role, null);
    }

    /**
     * A name closed by its unit with no place ("Ủy ban nhân dân Thành phố") is the one body of the document named
     * with that unit and a place ("Ủy ban nhân dân thành phố Đà Nẵng"), when there is exactly one: merged into it,
     * under the fuller name.
     */
    private Map<String, Entry> placedOnce() {
        Map<String, Entry> out = new LinkedHashMap<>(entries);
        for (String key : entries.keySet()) {
            if (!keys.endsWithUnit(key)) {
                continue;
            }
            List<String> placed = entries.keySet().stream()
                    .filter(k -> k.startsWith(key + " ")
                            && !k.substring(key.length() + 1).contains("#"))
                    .toList();
            if (placed.size() != 1) {
                continue;
            }
            Entry general = out.remove(key);
            Entry fuller = out.get(placed.get(0));
            if (general == null || fuller == null) {
                continue;
            }
            fuller.aliases.add(general.name);
            fuller.aliases.addAll(general.aliases);
            fuller.aliases.remove(fuller.name);
            fuller.roles.addAll(general.roles);
            general.mentions.stream().filter(m -> !fuller.mentions.contains(m)).forEach(fuller.mentions::add);
        }
        return out;
    }

    private void put(String key, String printed, Role role, Mention mention) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry(printed));
        if (!e.name.equals(printed)) {
            e.aliases.add(printed);
        }
        e.roles.add(role);
        if (mention != null && !e.mentions.contains(mention)) {
            e.mentions.add(mention);
        }
    }

    public List<Agency> agencies() {
        List<Agency> out = new ArrayList<>();
        for (Entry e : placedOnce().values()) {
            out.add(new Agency(
                    "a" + (out.size() + 1),
                    e.name,
                    List.copyOf(e.aliases),
                    e.roles.stream().sorted().toList(),
                    List.of(),
                    e.mentions));
        }
        return List.copyOf(out);
    }
}
