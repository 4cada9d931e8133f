package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Role;
import org.planlens.model.Task;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;

/**
 * Issue 18: an indicator table ("Chỉ tiêu | Cơ quan chủ trì") is no task table, but the bodies it names lead the
 * indicators (GOLD.md conventions): the agency extractor reads the lead and partner columns of every table.
 */
class IndicatorTableBodiesTest {
    private static final ModelData MODELS = ModelData.packaged();

    @Test
    void indicatorTableBodies_areLeadAgencies_notTasks() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026",
                "STT\tChỉ tiêu\tCơ quan chủ trì\tCơ quan phối hợp",
                "1\tTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%\tVăn phòng UBND tỉnh\tCác sở, ban, ngành",
                "2\tMức độ hài lòng của người dân đạt 90%\tSở Nội vụ\tUBND các xã, phường");
        SectionTree tree = new SectionParser(MODELS).parse(text);
        List<Task> tasks = new TaskTableExtractor(MODELS).extract(text, tree);
        List<Agency> agencies = new AgencyExtractor(MODELS).extract(text, tree, tasks, Issuer.UNKNOWN);
        Map<String, List<Role>> roles = agencies.stream().collect(Collectors.toMap(Agency::name, Agency::roles));
        assertEquals(List.of(), tasks);
        assertEquals(List.of(Role.LEAD), roles.get("Văn phòng UBND tỉnh"));
        assertEquals(List.of(Role.LEAD), roles.get("Sở Nội vụ"));
        assertEquals(List.of(Role.COORDINATE), roles.get("UBND các xã, phường"));
    }
}
