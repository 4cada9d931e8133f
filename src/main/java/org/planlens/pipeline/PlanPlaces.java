package org.planlens.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planlens.model.Agency;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Place;
import org.planlens.model.Plan;
import org.planlens.model.Provenance;
import org.planlens.model.Section;
import org.planlens.model.Target;
import org.planlens.model.Task;

/**
 * Where a plan's records sit on the source's pages, worked out after extraction from their offsets: a section at
 * its number and heading, a target at its clause, a task at its description (found in the text from its
 * section's start), and
 * every mention of a reference and an agency at its span.
 */
final class PlanPlaces {
    /** Chars of a task's description looked for in the text. */
    private static final int TASK_PROBE = 40;
    /** Chars a section's number and its marks may take before its heading ("IV.", "2.1.", "Điều 12."). */
    private static final int NUMBER = 12;

    private PlanPlaces() {}

    static Provenance of(Plan plan, PageLocator locator) {
        Map<String, Place> records = new HashMap<>();
        Map<String, Integer> sectionStarts = new HashMap<>();
        for (Section s : plan.sections()) {
            records.put(s.id(), locator.place(s.start(), headingEnd(s, locator)));
            sectionStarts.put(s.id(), s.start());
        }
        for (Target t : plan.targets()) {
            records.put(t.id(), locator.place(t.start(), t.end()));
        }
        for (Task k : plan.tasks()) {
            String probe = k.description()
                    .substring(0, Math.min(TASK_PROBE, k.description().length()));
            int at = locator.find(probe, sectionStarts.getOrDefault(k.sectionId(), 0));
            if (at >= 0) {
                records.put(k.id(), locator.place(at, at + k.description().length()));
            }
        }
        Map<String, List<Place>> mentions = new HashMap<>();
        for (LegalReference r : plan.legalReferences()) {
            mentions.put(r.id(), places(r.mentions(), locator));
        }
        for (Agency a : plan.agencies()) {
            mentions.put(a.id(), places(a.mentions(), locator));
        }
        return new Provenance(records, mentions);
    }

    /**
     * Where a section's heading ends: past its words where the section holds them, else past about as many chars as
     * the heading and its number have (a heading mended after reading).
     */
    private static int headingEnd(Section s, PageLocator locator) {
        int end = locator.findEnd(s.heading(), s.start());
        if (end > s.start() && end <= s.end()) {
            return end;
        }
        return Math.min(s.end(), s.start() + s.heading().length() + NUMBER);
    }

    private static List<Place> places(List<Mention> mentions, PageLocator locator) {
        List<Place> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(locator.place(m.start(), m.end()));
        }
        return out;
    }
}
