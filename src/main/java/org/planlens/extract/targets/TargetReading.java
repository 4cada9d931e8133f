package org.planlens.extract.targets;

import org.planlens.model.Comparator;

/** What is read around one figure: the clause, what it measures, how it binds and by when. */
record TargetReading(
        Figure figure,
        int sentenceStart,
        int clauseStart,
        int clauseEnd,
        String indicator,
        Comparator comparator,
        String unit,
        Integer deadline) {}
