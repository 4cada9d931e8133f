package org.planlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlens.model.Pillar;
import org.planlens.rules.ModelData;

class PillarClassifierTest {
    private final PillarClassifier classifier = new PillarClassifier(ModelData.packaged());

    @Test
    void headingNamesOnePillar() {
        assertEquals(Optional.of(Pillar.PROCEDURES), classifier.classify("Cải cách thủ tục hành chính"));
        assertEquals(Optional.of(Pillar.DIGITAL_GOVERNMENT), classifier.classify("XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ"));
        assertEquals(Optional.empty(), classifier.classify("Mục đích"));
    }

    @Test
    void paragraphCanNameSeveral() {
        Set<Pillar> all = classifier.classifyAll("Văn phòng UBND xã chủ trì rà soát thủ tục hành chính và triển khai "
                + "chuyển đổi số trong giải quyết hồ sơ");
        assertEquals(List.of(Pillar.DIGITAL_GOVERNMENT, Pillar.PROCEDURES), List.copyOf(all));
        assertEquals(Set.of(), classifier.classifyAll("Tổ chức thực hiện"));
    }
}
